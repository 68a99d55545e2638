// npm start: until the task pane lands (issue #4) this builds the engine and shows what it does on
// the shared corpus, so a newcomer sees real output at once.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

execSync('npx webpack --mode production --env target=cli', { stdio: 'inherit' });
const corpus = '../shared/corpus/sisimai/bounces';
if (existsSync(corpus)) {
  execSync(`node dist/cli/ndr-explain.js ${corpus}/lhost-office365-01.eml ${corpus}/lhost-postfix-01.eml ${corpus}/rhost-google-02.eml`, { stdio: 'inherit' });
}
console.log('\nThe Outlook task pane and its playground are not built yet (issue #4).');
