import { filterRule } from './rule';

/** The first 1xx code HTTP leaves undefined (100 Continue … 103 Early Hints are defined). */
const UNDEFINED_INFORMATIONAL_FROM = 104;

/**
 * HTTP defines no informational status above 103, while exit statuses (126, 127, 130 = 128 + SIGINT, 137) and
 * job-state enums live in 104-199 and sit under a `status` name just as often (`spawnSync(…).status === 130`,
 * `"status": 130`). There only an HTTP-named position or a class bound (`status < 200`) is taken for a status.
 */
export default filterRule({
  id: 'filter.informational-gap',
  languages: ['typescript', 'json'],
  frameworks: [],
  positions: [],
  description: 'A 104-199 value needs an HTTP-named position or a class bound.',
  example: 'spawnSync(cmd).status === 130 and "status": 150 are not reported; httpStatus === 150 and status < 200 are',
  drops: ({ finding, value }) =>
    !finding.strong && value !== undefined && value >= UNDEFINED_INFORMATIONAL_FROM && value < 200 && finding.evidence !== 'http' && finding.rangeBound !== true,
});
