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
 * The class of a whole table. Labels a writer put there on purpose come first: the table's title, then
 * the list items around it ("-   Normal"). The code-column header comes next, because headers are often
 * template text shared by both tables ("错误码状态" over the normal codes too); section headings last.
 */
export function tableClass(
  codeHeader: string,
  title: string | null,
  listItems: string[],
  headings: string[],
): StatusClass | null {
  // Only the nearest labels count: the innermost heading, never outer ones or the page title
  // ("Microsoft Graph error responses" over an unlabelled "HTTP status codes" section).
  for (const label of [title, ...listItems, codeHeader, headings[0]]) {
    const found = classFromLabel(label);
    if (found) return found;
  }
  return null;
}
