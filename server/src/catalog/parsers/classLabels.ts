/**
 * Normal/abnormal labels. A page says which codes are normal responses only through explicit words:
 * a "Normal"/"Abnormal" (正常/异常) bullet, a section heading, a table title ("Normal status codes",
 * "Status codes returned upon exceptions"), or a code-column header ("Normal Response Code", 错误返回码).
 * The class is never inferred from the number itself.
 */
import type { StatusClass } from '../types';

const NORMAL_WORDS = [
  /\bnormal\b/i,
  /\bsuccess(?:es|ful|fully)?\b/i,
  /\bsucceed(?:s|ed)?\b/i,
  /正常/,
  /成功/,
];

const ABNORMAL_WORDS = [
  /\babnormal\b/i,
  /\berrors?\b/i,
  /\bexceptions?\b/i,
  /\bfail(?:s|ed|ure|ures)?\b/i,
  /\bunsuccessful\b/i,
  /异常/,
  /错误/,
  /失败/,
];

/**
 * The class a label names, or null when it names none or both ("Normal and error codes").
 * Word boundaries keep "abnormal" out of `normal` and "unsuccessful" out of `success`.
 */
export function classFromLabel(label: string | null | undefined): StatusClass | null {
  if (!label) return null;
  const normal = NORMAL_WORDS.some((word) => word.test(label));
  const abnormal = ABNORMAL_WORDS.some((word) => word.test(label));
  if (normal === abnormal) return null;
  return normal ? 'normal' : 'abnormal';
}

/**
 * The class of a whole table: the code-column header is the most specific label, then the table's
 * title, then the enclosing list items and section headings from the innermost out.
 */
export function tableClass(codeHeader: string, title: string | null, context: string[]): StatusClass | null {
  for (const label of [codeHeader, title, ...context]) {
    const found = classFromLabel(label);
    if (found) return found;
  }
  return null;
}
