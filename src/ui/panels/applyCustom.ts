// Shows a custom run only if the model accepts it (validateCustom); otherwise returns the model's
// reason. The panels' inputs already keep values in range (property-tested), so this is a guard.
import { validateCustom, type BodySite, type CustomSpec } from '../../model';
import { useCorium } from '../../state/store';

export function applyCustom(spec: CustomSpec, site: BodySite): string | null {
  const problem = validateCustom(spec, site);
  if (problem === null) useCorium.getState().setCustom(spec);
  return problem;
}
