#!/usr/bin/env python3
"""Crop boxes out of a PNG and stack them vertically, with the standard library only (for the README screenshot).

Usage: scripts/crop-png.py in.png out.png X Y W H [X Y W H ...] [--scale N]
Reads 8-bit RGB or RGBA non-interlaced PNGs (what headless Chromium writes); --scale N shrinks N times (mean of each N × N block).
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat = 8, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, color, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and color in (2, 6) and interlace == 0, 'only 8-bit RGB/RGBA, non-interlaced'
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(v for j in range(0, stride, 4) for v in line[j:j + 3]))
        prev = line
    return width, height, rows


def main(argv):
    scale = 1
    if '--scale' in argv:
        i = argv.index('--scale')
        scale = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    src, dst = argv[1], argv[2]
    boxes = [tuple(map(int, argv[i:i + 4])) for i in range(3, len(argv), 4)]
    width, height, rows = read_png(src)
    out_width = max(w for _, _, w, _ in boxes) // scale
    out = []
    for x, y, w, h in boxes:
        for r in range(y, min(height, y + h) - scale + 1, scale):
            # each output pixel is the mean of a scale × scale block (readable text when shrinking)
            block = [rows[r + k][x * 3:(x + w) * 3] for k in range(scale)]
            line = bytearray()
            for j in range(0, len(block[0]) - 3 * scale + 1, 3 * scale):
                for ch in range(3):
                    line.append(sum(b[j + 3 * m + ch] for b in block for m in range(scale)) // (scale * scale))
            out.append(bytes(line) + b'\xff' * (3 * out_width - len(line)))
    raw = b''.join(b'\x00' + r for r in out)

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)

    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', out_width, len(out), 8, 2, 0, 0, 0))
           + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
    open(dst, 'wb').write(png)
    print(f'crop: {dst} {out_width}x{len(out)} ({len(png)} bytes)')


if __name__ == '__main__':
    main(sys.argv)
