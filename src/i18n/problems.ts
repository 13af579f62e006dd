// What is wrong with a field (or an imported county) in the reader's language, from the problem
// as data: the schemas' issues and the import's own rules, never zod's English.
import type { FieldProblem } from '../data/issues.ts';
import type { ImportProblem } from '../data/importCounty.ts';
import type { Messages } from './zh.ts';
import { fill, type Lang } from './fill.ts';
import { formatPlain } from './numberFormat.ts';

export function problemText(problem: FieldProblem, lang: Lang, m: Messages): string {
  const t = m.problem;
  switch (problem.kind) {
    case 'missing': {
      const field = problem.field ?? '';
      return fill(t.missing, { field: Object.hasOwn(m.fieldName, field) ? m.fieldName[field as keyof Messages['fieldName']] : field });
    }
    case 'below':
      return fill(problem.exclusive ? t.notAbove : t.below, { min: formatPlain(lang, problem.min) });
    case 'too_few':
      return fill(t[problem.kind], { min: formatPlain(lang, problem.min) });
    case 'above':
    case 'too_long':
    case 'too_many':
      return fill(t[problem.kind], { max: formatPlain(lang, problem.max) });
    default:
      return t[problem.kind];
  }
}

/** one problem of an imported county file */
export function importProblemText(p: ImportProblem, lang: Lang, m: Messages): string {
  const rule = p.problem;
  switch (rule.kind) {
    case 'id_taken':
      return fill(m.importProblem.id_taken, { id: rule.id });
    case 'unsafe_keys':
      return fill(m.importProblem.unsafe_keys, { keys: rule.keys });
    case 'refused':
      return rule.reason === 'not_json' ? `${m.dropReason.not_json} (${p.message})` : m.dropReason[rule.reason];
    case 'baseline_year':
    case 'target_year':
    case 'population_year':
      return m.importProblem[rule.kind];
    default:
      return problemText(rule, lang, m);
  }
}
