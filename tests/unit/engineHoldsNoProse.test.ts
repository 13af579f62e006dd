// The engine computes and the i18n layer writes: no file under src/engine/ formats numbers for a
// reader or holds Chinese text, but for the wording check's regexes that read 以上/以下 in the plans.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const engineDir = 'src/engine';
/** the one file whose regexes may hold Chinese: they match the plan's own words */
const wordingCheck = 'src/engine/audit/wording.ts';
const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;
const localeFormatting = /Intl\.NumberFormat|toLocaleString/u;

/** The string, template and (unless allowed) regex literals of a TypeScript file that hold CJK text. */
function chineseLiterals(path: string, text: string, regexesAllowed: boolean): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const isText = ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if ((isText || (ts.isRegularExpressionLiteral(node) && !regexesAllowed)) && cjk.test((node as ts.LiteralLikeNode).text)) {
      found.push((node as ts.LiteralLikeNode).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const engineFiles = readdirSync(engineDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(engineDir, name).replaceAll('\\', '/'));

describe('the engine holds no UI language', () => {
  it('the scan reads string, template and regex literals, and not comments', () => {
    const code = "// 注释\nconst side = '基期值';\nconst year = `${n}年`;\nconst words = /以上/u;\nconst plain = 'baseline';";
    expect(chineseLiterals('sample.ts', code, false)).toEqual(['基期值', '年', '/以上/u']);
    expect(chineseLiterals('sample.ts', code, true)).toEqual(['基期值', '年']);
  });

  it('scans every engine file, the audit folder included', () => {
    expect(engineFiles).toContain(wordingCheck);
    expect(engineFiles).toContain('src/engine/audit/index.ts');
    expect(engineFiles.length).toBeGreaterThan(10);
  });

  it.each(engineFiles)('%s has no locale number formatting and no Chinese outside the wording regexes', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toMatch(localeFormatting);
    expect(chineseLiterals(path, text, path === wordingCheck)).toEqual([]);
  });

  it('the wording check still reads the plans’ Chinese words', () => {
    const text = readFileSync(wordingCheck, 'utf8');
    expect(chineseLiterals(wordingCheck, text, false).length).toBeGreaterThan(0);
  });
});
