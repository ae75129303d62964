import { isSizeConstraintKey } from '../openApi';
import { sharedRule } from './rule';

/** Under a status-named schema, `maxLength: 255` constrains a size: never a status, whatever the owner is called. */
export default sharedRule({
  id: 'exclude.size-constraint',
  kind: 'excludes',
  frameworks: ['JSON Schema', 'Mongoose'],
  positions: ['property-value'],
  description: 'A size or step constraint (maxLength, minItems, multipleOf) is never a status.',
  example: 'status: { type: String, maxlength: 255 }',
  keys: (key) => isSizeConstraintKey(key),
  decide: (site) => site.key !== undefined && isSizeConstraintKey(site.key),
});
