// English messages: the patient plan ("What to expect"), the handout and the myth panel. Plain
// words at a reading grade of about 8 (tested). The model (src/model/plan.ts) picks the key and
// the numbers; `{{fromDayText}}`-style values are filled in by src/i18n/planText.ts.
export const plan = {
  when: {
    hours_one: '{{count}} hour after treatment',
    hours_other: '{{count}} hours after treatment',
    day: 'day {{count}}',
  },
  signName: {
    bleeding: 'Bleeding', redness: 'Redness', swelling: 'Swelling', sensitivity: 'Warmth and tightness',
    flaking: 'Dryness and flaking', bruising: 'Bruising', pigmentation: 'Darker patches',
  },
  topicName: {
    makeup: 'Make-up', actives: 'Skincare', exercise: 'Exercise', sun: 'Sun', nextSession: 'Next session',
    results: 'Results', callClinic: 'Call the clinic',
  },
  signs: {
    bleeding: {
      spots: 'A few tiny spots of blood during treatment. They stop within {{minutes}} minutes.',
      even: 'Even, pin-point bleeding during treatment. At this depth that is expected. It stops within {{minutes}} minutes with gentle pressure. Tiny red dots can show for a few hours.',
      slow: 'Bleeding takes longer to stop, about {{minutes}} minutes, because of blood thinners.',
      wound: 'The wound bleeds at first. Firm pressure stops it within about {{minutes}} minutes.',
    },
    redness: {
      pink: 'Pink skin, gone by {{toDayText}}.',
      sunburn: 'Redness like a sunburn. It is strongest on the first day and gone by {{toDayText}}.',
    },
    swelling: 'Mild puffiness, most on the first day, gone by {{toDayText}}. Sleep with your head a little raised.',
    sensitivity: 'Warm, tight or tender skin, like after too much sun, until {{toDayText}}.',
    flaking: {
      dryness: 'Dry skin from {{fromDayText}} to {{toDayText}}. A plain moisturiser helps.',
      peeling: 'Dry skin, then fine flakes or peeling from {{fromDayText}} to {{toDayText}}. Let it fall off by itself; do not pick.',
    },
    bruising: {
      possible: 'A small bruise is possible where the skin is thin or over bone. It fades from purple to yellow by {{toDayText}}.',
      likely: 'Bruises are likely because of blood thinners. They fade from purple to yellow by about {{toDayText}}.',
    },
    pigmentation: {
      possible: 'Skin type {{skinTypeText}}: a small chance of darker patches as the redness fades, from {{fromDayText}}. They can last months. Sun protection lowers the risk.',
      higher: 'Skin type {{skinTypeText}}: a higher chance of darker patches as the redness fades, from {{fromDayText}}. They can last months. Careful sun protection lowers the risk; ask about a gentler depth.',
    },
  },
  advice: {
    makeup: 'Make-up from {{fromDayText}}. Until then, only a plain, gentle moisturiser.',
    actives: 'Retinol, acids (AHA, BHA), vitamin C and other strong skincare from {{fromDayText}}. Never put them on fresh treatment marks.',
    exercise: 'Sweaty exercise, swimming and saunas from {{fromDayText}}.',
    sun: 'Stay out of direct sun until {{untilDayText}}. Then use sunscreen, SPF 30 or more, every day for at least {{weeks}} weeks.',
    nextSession: {
      course: 'Session {{session}} of {{total}}: {{fromDayText}}. Expect the same few days of redness after it.',
      single: 'If you plan more sessions, wait until at least {{fromDayText}} (about {{weeks}} weeks), when the skin has settled.',
    },
    results: {
      early: 'The fresh, plump look of the first days is mostly swelling and redness. It goes by {{toDayText}}.',
      collagen: 'New collagen builds slowly. Changes may start to show from about week {{weeks}} and keep growing until about month {{months}}.',
    },
    callClinic: {
      infection: 'Call the clinic at once if redness spreads, you see pus or blisters, or you have a fever.',
      lasting: 'Call the clinic if redness is still there after {{fromDayText}}, or if it comes back.',
      bruise: 'Call the clinic if a bruise keeps growing or bleeding starts again.',
    },
  },
  cautions: {
    wound: 'This plan is written for microneedling. A wound like this needs its own care plan from a clinician.',
    intervalShort: 'Sessions {{intervalDays}} days apart are closer than this plan advises ({{minimumDays}} days): the skin may not have settled.',
  },
};
