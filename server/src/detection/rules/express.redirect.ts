import { isNumericArgument, isRedirectName } from '../callShapes';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'express.redirect',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Express', 'Next.js', 'h3', 'SvelteKit'],
  positions: ['call-argument'],
  description: 'The first number given to a function named for a redirect.',
  example: "res.redirect(301, url), NextResponse.redirect(url, 307), sendRedirect(event, '/', 302)",
  decide: (site) => {
    if (!isRedirectName(site.name) || !site.firstNumeric) return undefined;
    const argument = site.args[site.index];
    return argument === undefined || isNumericArgument(argument) ? { context: 'call-argument', evidence: 'status' } : undefined;
  },
});
