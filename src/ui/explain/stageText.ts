// The words for a wound's stage, in the current language: its name (from the one list every
// part of the app uses, `explain.stages.<stage>`), what happens in it, why it began and where
// the wound is heading. Pure look-ups into the explain catalogue; keys built from model ids.
import { ageSinceLatestSession, stageAt, type HealingStage, type Outcome, type StageSpan } from '../../model';
import { tKey } from '../../i18n';
import type { BlockData } from '../../state/blockData';

export type Register = 'plain' | 'expert';

export const stageName = (stage: HealingStage): string => tKey(`explain.stages.${stage}`);

/** What is happening in this stage and why. */
export const stageNow = (stage: HealingStage, register: Register): string => tKey(`explain.now.${stage}.${register}`);

/** Why the stage began: the transition that fired (the first stage has none: "start"). */
export const stageReason = (span: StageSpan, register: Register): string => tKey(`explain.transitions.${span.transitionId ?? 'start'}.${register}`);

/** Where the wound is heading: the model's predicted outcome. */
export const outcomeText = (outcome: Outcome, register: Register): string => tKey(`explain.outcomes.${outcome}.${register}`);

/** Age of the block's latest wound at time t: since the latest session (a course), or the wound. */
export const woundAge = (data: BlockData, timeHours: number): number => ageSinceLatestSession(data.sessionsHours, timeHours);

/** The stage span the block is in at time t. */
export const spanNow = (data: BlockData, timeHours: number): StageSpan => stageAt(data.curves.stages, woundAge(data, timeHours));
