// office-addin-mock needs only the OfficeApp names from office-addin-manifest; the real package
// drags ESM-only dependencies into Jest's CommonJS runtime. Same values as office-addin-manifest.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
