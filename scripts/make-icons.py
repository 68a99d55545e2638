"""Draws the add-in icon (an envelope with a return arrow) at the sizes the manifest needs.
Pure Python, so the icons can be rebuilt anywhere: python3 scripts/make-icons.py"""
import struct, zlib, math, os

BLUE = (0, 95, 184, 255)      # envelope
WHITE = (255, 255, 255, 255)
ORANGE = (202, 80, 16, 255)   # return arrow

def inside_envelope(x, y):
    return 0.10 <= x <= 0.90 and 0.22 <= y <= 0.78

def on_flap(x, y, w):
    # the two diagonal lines of the flap, from the top corners to the centre
    cx, cy = 0.5, 0.55
    for (x0, y0) in ((0.10, 0.22), (0.90, 0.22)):
        dx, dy = cx - x0, cy - y0
        t = ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)
        if 0 <= t <= 1:
            px, py = x0 + t * dx, y0 + t * dy
            if math.hypot(x - px, y - py) < w:
                return True
    return False

def on_arrow(x, y, w):
    # a curved arrow in the lower right, pointing back to the left
    cx, cy, r = 0.70, 0.70, 0.20
    d = math.hypot(x - cx, y - cy)
    ang = math.atan2(y - cy, x - cx)
    if abs(d - r) < w and -math.pi <= ang <= 0.2:
        return True
    # arrow head at the left end of the arc
    hx, hy = cx - r, cy
    return (hy - 0.13 <= y <= hy + 0.02) and abs(x - hx) <= (y - (hy - 0.13)) * 0.8 and y <= hy + 0.02

def pixel(x, y, size):
    w = max(1.2 / size, 0.035)
    if on_arrow(x, y, w * 1.3):
        return ORANGE
    if inside_envelope(x, y):
        return WHITE if on_flap(x, y, w) else BLUE
    return (0, 0, 0, 0)

def png(size):
    rows = []
    ss = 4  # supersampling for smooth edges
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for a in range(ss):
                for b in range(ss):
                    p = pixel((i + (a + 0.5) / ss) / size, (j + (b + 0.5) / ss) / size, size)
                    for k in range(4):
                        acc[k] += p[k]
            row.extend(int(v / (ss * ss)) for v in acc)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

here = os.path.dirname(os.path.abspath(__file__))
# 25/50/75, 32/64/96 and 48/96/144 are the MobileFormFactor sizes at scales 1, 2 and 3.
for s in (16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144):
    with open(os.path.join(here, '..', 'assets', f'icon-{s}.png'), 'wb') as f:
        f.write(png(s))
print('icons written')
