// The words for a wound's stage, in the current language: its name (from the one list every
// part of the app uses, `explain.stages.<stage>`), what happens in it, why it began and where
// the wound is heading. Pure look-ups into the explain catalogue; keys built from model ids.
// A condition's course (an acne scar, a stretch mark…) is the one exception: once its needle
// channels have healed, the condition is still there, improved or barely changed (the model's
// healedWording), so "healed, no scar" would be untrue; `explain.healed` has its words.
import { ageSinceLatestSession, conditionFor, healedWording, stageAt, type HealingStage, type IndicationId, type Outcome, type StageSpan } from '../../model';
import { tKey } from '../../i18n';
import type { BlockData } from '../../state/blockData';

export type Register = 'plain' | 'expert';

/** The condition treated, when the channels have healed in a condition's course: its words replace "no scar". */
const healedCondition = (stage: HealingStage | Outcome, indication: IndicationId | undefined): IndicationId | null =>
  indication && stage === 'resolved' ? indication : null;

export const stageName = (stage: HealingStage, indication?: IndicationId): string => {
  const id = healedCondition(stage, indication);
  return id ? tKey(`explain.healed.name.${healedWording(id)}`) : tKey(`explain.stages.${stage}`);
};

/** The short name of a condition's healed stage (where the timeline's band is too narrow for the full one); other stages have none. */
export const stageShortName = (stage: HealingStage, indication?: IndicationId): string | null => {
  const id = healedCondition(stage, indication);
  return id ? tKey(`explain.healed.short.${healedWording(id)}`) : null;
};

/** The stage as a phrase for the canvas's description. */
export const stagePhrase = (stage: HealingStage, indication?: IndicationId): string => {
  const id = healedCondition(stage, indication);
  return id ? tKey(`explain.healed.describe.${healedWording(id)}`) : tKey(`explain.describe.stage.${stage}`);
};

/** What is happening in this stage and why. */
export const stageNow = (stage: HealingStage, register: Register, indication?: IndicationId): string => {
  const id = healedCondition(stage, indication);
  return id ? tKey(`explain.healed.now.${conditionFor(id).kind}.${register}`) : tKey(`explain.now.${stage}.${register}`);
};

/** Why the stage began: the transition that fired (the first stage has none: "start"). */
export const stageReason = (span: StageSpan, register: Register, indication?: IndicationId): string => {
  const id = healedCondition(span.stage, indication);
  if (id) return register === 'plain' ? tKey(`explain.healed.why.${conditionFor(id).kind}`) : tKey('explain.healed.whyExpert');
  return tKey(`explain.transitions.${span.transitionId ?? 'start'}.${register}`);
};

/** Where the wound is heading: the model's predicted outcome. */
export const outcomeText = (outcome: Outcome, register: Register, indication?: IndicationId): string => {
  const id = healedCondition(outcome, indication);
  if (id) return register === 'plain' ? tKey(`explain.healed.outcome.${conditionFor(id).kind}`) : tKey('explain.healed.outcomeExpert');
  return tKey(`explain.outcomes.${outcome}.${register}`);
};

/** Age of the block's latest wound at time t: since the latest session (a course), or the wound. */
export const woundAge = (data: BlockData, timeHours: number): number => ageSinceLatestSession(data.sessionsHours, timeHours);

/** The stage span the block is in at time t. */
export const spanNow = (data: BlockData, timeHours: number): StageSpan => stageAt(data.curves.stages, woundAge(data, timeHours));
