"""Builds kofu-mincho.ttf and kofu-mincho-ext.ttf (from IPAex Mincho).

kofu-mincho.ttf: JIS X 0208 and whatever the templates and renderer sources use;
kofu-mincho-ext.ttf: the rest of JIS X 0213 and CP932 that IPAex draws (髙, 﨑, 德, 濵, 彅 ...).
Both without hinting, OpenType layout or vertical tables (OpenPDF and Jasper use none). The split
is for speed: OpenPDF's per-document subset keeps full-length loca and hmtx, so its cost grows
with the font's glyph count, and most certificates need no character outside JIS X 0208.
Glyphs are reordered so that
  * the glyphs the stamper writes into a rendered body get glyph ids whose two bytes OpenPDF never
    escapes in a PDF string, so a same-length byte replacement is always possible;
  * every full-width glyph comes last, which shrinks hmtx to the few proportional glyphs.
OpenPDF's per-document subset keeps full-length loca and hmtx and Jasper measures text with AWT,
so fewer glyphs and smaller tables are paid for on every certificate.

What both lack is drawn from the whole IPAmj Mincho at run time (certificate-core's MjFont): no
font build per city.
"""

import argparse
import io
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

# Bytes OpenPDF escapes inside a PDF literal string (PdfContentByte.escapeString).
ESCAPED = {0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x28, 0x29, 0x5C}
# What the stamper may write: certificate numbers [0-9A-Z-], 令和 dates, blanks, placeholders.
STAMP = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ- 令和元年月日〓■"
MAIN_FAMILY = "Kofu Mincho"
EXT_FAMILY = "Kofu Mincho Ext"


def jis_x_0208():
    chars = set(range(0x20, 0x7F))
    for a in range(0xA1, 0xFF):
        for b in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([a, b]).decode("euc_jp"))
            except UnicodeDecodeError:
                pass
    return chars


def jis_characters():
    chars = set(range(0x20, 0x7F))
    for codec, ranges in (
        ("euc_jis_2004", [(a, b) for a in range(0xA1, 0xFF) for b in range(0xA1, 0xFF)]),
        ("cp932", [(a, b) for a in list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD))
                   for b in range(0x40, 0xFD)]),
    ):
        for a, b in ranges:
            try:
                chars.update(ord(c) for c in bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    for a in range(0xA1, 0xFF):
        for b in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([0x8F, a, b]).decode("euc_jis_2004"))
            except UnicodeDecodeError:
                pass
    return chars


def source_characters(root):
    chars = set()
    for path in list(root.rglob("*.jrxml")) + list(root.rglob("*.java")):
        chars.update(ord(c) for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F)
    return chars


def rename(font, family):
    ps = family.replace(" ", "")
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 18):
            record.string = family
        elif record.nameID == 6:
            record.string = ps
        elif record.nameID == 3:
            record.string = ps + "-Regular"
    font["name"].names = [r for r in font["name"].names if r.nameID <= 6 or r.nameID == 16]


def subset_font(path, options, unicodes=(), glyphs=()):
    font = TTFont(path, lazy=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes, glyphs=glyphs)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    return TTFont(buffer, recalcTimestamp=False)


def options():
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.drop_tables += ["BASE", "GDEF", "GPOS", "GSUB", "vhea", "vmtx", "gasp", "DSIG", "VDMX",
                         "hdmx", "LTSH", "kern", "JSTF", "morx", "mort"]
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.name_languages = [0x409]
    opts.glyph_names = False
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    return opts


def safe(gid):
    return (gid >> 8) not in ESCAPED and (gid & 0xFF) not in ESCAPED


def reorder(font, stamp_chars):
    for tag in font.keys():
        if tag != "GlyphOrder":
            font[tag]
    cmap = font.getBestCmap()
    upm = font["head"].unitsPerEm
    hmtx = font["hmtx"].metrics
    order = font.getGlyphOrder()
    stamp = list(dict.fromkeys(cmap[ord(c)] for c in stamp_chars))
    stamp_set = set(stamp)
    rest = [g for g in order[1:] if g not in stamp_set]
    rest = [g for g in rest if hmtx[g][0] != upm] + [g for g in rest if hmtx[g][0] == upm]
    new, queue, gid = [order[0]], list(stamp), 1
    while queue or rest:
        new.append(queue.pop(0) if queue and safe(gid) else rest.pop(0))
        gid += 1
    font.setGlyphOrder(new)
    font["glyf"].glyphOrder = new
    font["post"].formatType = 3.0
    return {c: new.index(cmap[ord(c)]) for c in stamp_chars}


def build_main(args, jis):
    core = jis_x_0208() | source_characters(Path(args.sources)) | {ord(c) for c in STAMP}
    wanted = jis | core | {ord(c) for c in "髙﨑德濵彅"}
    available = set(TTFont(args.ipaex, lazy=True).getBestCmap())
    write_mincho(args, sorted(core & available), STAMP, "kofu-mincho.ttf", MAIN_FAMILY)
    write_mincho(args, sorted((wanted - core) & available), "", "kofu-mincho-ext.ttf", EXT_FAMILY)


def write_mincho(args, unicodes, stamp_chars, name, family):
    font = subset_font(args.ipaex, options(), unicodes=unicodes)
    gids = reorder(font, stamp_chars)
    rename(font, family)
    font.save(Path(args.out) / name)
    check = TTFont(Path(args.out) / name)
    original = TTFont(args.ipaex)
    for code, glyph in check.getBestCmap().items():
        before = original["glyf"][original.getBestCmap()[code]]
        after = check["glyf"][glyph]
        if before.numberOfContours > 0 and after.numberOfContours > 0:
            a = before.getCoordinates(original["glyf"])[0]
            b = after.getCoordinates(check["glyf"])[0]
            assert list(a) == list(b), "outline changed for U+%04X" % code
    assert all(safe(g) for g in gids.values())
    print("%s: %d glyphs, %d characters, %d hmetrics" % (
        name, len(check.getGlyphOrder()), len(check.getBestCmap()), check["hhea"].numberOfHMetrics))


def main():
    parser = argparse.ArgumentParser()
    for name in ("--ipaex", "--sources", "--out"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()
    build_main(args, jis_characters())


if __name__ == "__main__":
    main()
