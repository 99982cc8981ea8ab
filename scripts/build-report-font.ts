/**
 * Builds the CJK font that report PDFs embed (worker/lib/report/fonts/), committed so builds need nothing else:
 *   tsx scripts/build-report-font.ts
 *
 * Source: Noto Sans SC Regular (SIL Open Font License 1.1), the static TrueType file of the npm package
 * @expo-google-fonts/noto-sans-sc@0.4.3 (fetched with `npm pack` into node_modules/.cache, not a dependency: the
 * package is 57 MB and only this script needs it). Pinned by the TTF's sha256.
 *
 * Subset (HarfBuzz via subset-font): all of GB2312 (6763 hanzi + its symbols, the set that covers everyday
 * simplified Chinese), ASCII, Latin-1, general punctuation, CJK symbols and punctuation, fullwidth forms and a few
 * bullets/arrows. TrueType outlines (glyf) are kept because pdf-lib's fontkit subsets those reliably.
 * The worker imports the result as a Data module (`.bin`: wrangler's and the Vite plugin's rule) and embeds
 * a per-document subset of it with pdf-lib, so each PDF only carries the glyphs it uses.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const PACKAGE = "@expo-google-fonts/noto-sans-sc@0.4.3";
const TTF_IN_PACKAGE = "package/400Regular/NotoSansSC_400Regular.ttf";
const TTF_SHA256 = "d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16";
const root = resolve(import.meta.dirname, "..");
const cacheDir = join(root, "node_modules/.cache/zhimai-report-font");
const outDir = join(root, "worker/lib/report/fonts");
const outFile = join(outDir, "noto-sans-sc-gb2312.ttf.bin");

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: "sfnt" | "truetype" }) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)("subset-font") as SubsetFont;

function sourceFont(): Buffer {
  const ttf = join(cacheDir, TTF_IN_PACKAGE);
  if (!existsSync(ttf)) {
    mkdirSync(cacheDir, { recursive: true });
    const tgz = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", cacheDir], { encoding: "utf8" })
      .trim()
      .split("\n")
      .at(-1);
    if (!tgz) throw new Error(`npm pack ${PACKAGE} printed no file name`);
    execFileSync("tar", ["xzf", join(cacheDir, tgz), "-C", cacheDir, TTF_IN_PACKAGE, "package/LICENSE_FONT"]);
  }
  const bytes = readFileSync(ttf);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== TTF_SHA256) throw new Error(`unexpected source font ${digest}`);
  console.log(`source ${TTF_IN_PACKAGE}: ${bytes.length} bytes, sha256 ${digest}`);
  return bytes;
}

/** Every character of GB2312: the double-byte rows 0xA1–0xF7 × 0xA1–0xFE, decoded as GBK (a superset). */
function gb2312(): string {
  const decoder = new TextDecoder("gbk", { fatal: true });
  let text = "";
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      try {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch !== "\ufffd") text += ch;
      } catch {
        // unassigned position
      }
    }
  }
  return text;
}

const range = (from: number, to: number) =>
  String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

const charset = new Set(
  [
    range(0x20, 0x7e),
    range(0xa0, 0xff),
    range(0x2010, 0x206f), // general punctuation: – — ‘ ’ “ ” … • ‰
    range(0x3000, 0x303f), // CJK symbols and punctuation: 、。〈〉《》「」『』【】
    range(0xff01, 0xff5e), // fullwidth ASCII
    range(0xffe0, 0xffe6),
    "←↑→↓●○■□▲△★☆✓✔✗✘·",
    gb2312(),
  ].join(""),
);

const font = await subsetFont(sourceFont(), [...charset].join(""), { targetFormat: "truetype" });
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, font);
copyFileSync(join(cacheDir, "package/LICENSE_FONT"), join(outDir, "OFL.txt"));
console.log(`wrote ${outFile}: ${charset.size} characters, ${font.length} bytes`);
