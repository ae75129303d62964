import { filterRule } from './rule';

/** Most numbers in code are small (0, 1, 1000): only positions that set a status (`strong`) report any number. */
export default filterRule({
  id: 'filter.code-range',
  languages: ['typescript', 'json'],
  frameworks: [],
  positions: [],
  description: 'Outside a status-setting position, only whole numbers 100-599 are codes.',
  example: '{ status: 4040 } and "status": 1.5 are not reported; res.status(4040) is (and flagged)',
  drops: (input) => {
    if (input.finding.strong && !input.isString) return false;
    const value = input.value;
    return value === undefined || !Number.isInteger(value) || value < 100 || value > 599;
  },
});
