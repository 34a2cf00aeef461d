// English messages: tours. Keys are grouped by what the user sees; plural forms end _one/_other.
// Captions and quiz text are plain language (reading grade ≤ 8, tested) and true to the model
// at the step's time (tests/tours checks each step's stage and signals).
export const tours = {
  launcher: 'Tours',
  dialog: {
    title: 'Guided tours',
    intro: 'Each tour walks you through the model, step by step, then asks a few quick questions.',
    steps_one: '{{count}} step',
    steps_other: '{{count}} steps',
    close: 'Close',
  },
  player: {
    region: 'Guided tour: {{title}}',
    stepOf: 'Step {{n}} of {{count}}',
    back: 'Back',
    next: 'Next',
    toQuiz: 'Quiz',
    exit: 'Exit tour',
    keys: 'Arrow keys: next and back. Escape: exit.',
    readout: '{{signal}}, {{scenario}}',
    readoutValue: '{{value}} of unhurt skin',
  },
  quiz: {
    title: 'Quick quiz',
    check: 'Check',
    right: 'Right.',
    wrong: 'Not quite.',
    score: 'You got {{score}} of {{count}} right.',
    answerAll: 'Pick an answer for each question.',
    tryAgain: 'Try again',
    close: 'Close',
  },
  patientButton: 'What happens after my treatment?',
  list: {
    layers: {
      title: 'The layers of skin',
      summary: 'What skin is made of, from the top down.',
      steps: {
        s1: 'Skin is built in layers, like a cake. Here the layers are pulled apart so you can see each one.',
        s2: 'On top is the epidermis. It is thinner than a sheet of paper. Its dead outer cells keep water in and germs out.',
        s3: 'Under it is the dermis, the thick middle layer. It is full of collagen, a strong protein. Tiny blood vessels and nerves run through it.',
        s4: 'At the bottom is fat. It cushions the body and keeps it warm. Its pale cells are packed together like bubbles.',
        s5: 'Now a needle 0.5 mm long has gone in. It passes the epidermis and stops in the dermis. A clot plugs the tiny hole.',
      },
      quiz: {
        q1: {
          question: 'Which layer is on the very top of the skin?',
          options: { a: 'The dermis', b: 'The epidermis', c: 'The fat' },
          why: {
            a: 'The dermis is the thick middle layer. It lies under the epidermis.',
            b: 'Yes. The epidermis is the thin top layer. It keeps water in and germs out.',
            c: 'Fat is the deepest layer. It cushions the body.',
          },
        },
        q2: {
          question: 'What gives skin its strength?',
          options: { a: 'Collagen in the dermis', b: 'The fat', c: 'Dead cells on top' },
          why: {
            a: 'Yes. Collagen is a strong protein. The dermis is full of it.',
            b: 'Fat is soft. It cushions and keeps you warm, but it does not make skin strong.',
            c: 'Dead cells on top keep water in. The strength comes from collagen in the dermis.',
          },
        },
        q3: {
          question: 'Where does a needle 0.5 mm long stop in the skin of the cheek?',
          options: { a: 'In the epidermis', b: 'In the dermis', c: 'In the fat' },
          why: {
            a: 'The epidermis on the cheek is less than 0.1 mm thick. The needle goes right through it.',
            b: 'Yes. The needle passes the thin epidermis and stops in the dermis.',
            c: 'On the cheek, the fat starts more than 1.5 mm down. A 0.5 mm needle does not reach it.',
          },
        },
      },
    },
    session: {
      title: 'One microneedling session and the next six months',
      summary: 'How tiny needle holes heal, from the first minute to six months.',
      steps: {
        s1: 'A pen with fine needles has made many tiny holes, called channels. Each one bleeds a little. Within minutes a clot plugs it.',
        s2: 'After a few hours the skin turns red. White blood cells arrive to clean the channels.',
        s3: 'By day 1, new skin cells have covered the top of each channel. The surface is closed again.',
        s4: 'By day 5 the redness has gone. Cells called fibroblasts move in. They make new collagen to fill each channel.',
        s5: 'By two weeks the channels are filled in, and you can no longer see them. For weeks more, the new collagen is sorted and made stronger. Strong type I collagen takes over from the weaker type III.',
        s6: 'By six months the skin is back to normal. It is as strong as before, and there is no scar.',
      },
      quiz: {
        q1: {
          question: 'When is the surface over the channels closed again?',
          options: { a: 'After about a day', b: 'After about a week', c: 'After six months' },
          why: {
            a: 'Yes. The channels are so small that new skin cells cover them in about a day.',
            b: 'It is much faster. New skin cells cover the tiny channels in about a day.',
            c: 'The surface closes in about a day. The deeper repair is what goes on for months.',
          },
        },
        q2: {
          question: 'What do fibroblasts do?',
          options: { a: 'They make new collagen', b: 'They form the clot', c: 'They make the skin red' },
          why: {
            a: 'Yes. Fibroblasts fill each channel with new collagen.',
            b: 'The clot is made by platelets, small pieces of blood, in the first minutes.',
            c: 'Redness comes from extra blood flow in the first day. Fibroblasts come later.',
          },
        },
        q3: {
          question: 'How does the skin look six months after one session?',
          options: { a: 'It has small flat scars', b: 'It is back to normal, with no scar', c: 'It is still red' },
          why: {
            a: 'The channels are too small to scar. They heal with no scar.',
            b: 'Yes. By six months the channels are gone and the skin is back to normal.',
            c: 'The redness fades within a few days.',
          },
        },
      },
    },
    scar: {
      title: 'Why a cut scars and a micro-channel doesn’t',
      summary: 'A deep cut and tiny needle channels heal side by side.',
      steps: {
        s1: 'Here a deep cut sits beside tiny channels made by a needle. The cut is 2 mm deep. Both bleed, then a clot forms.',
        s2: 'Day 2: the cut is still red and full of white blood cells. The channels have already moved on to repair.',
        s3: 'Under the surface, the cut leaves a wide, deep gap. Fibroblasts must fill it with a lot of new collagen. The channels are so thin that they need very little.',
        s4: 'Look at the collagen. In the cut, it starts to line up in rows, like the grain in wood. In the channels, it forms a woven mesh, like normal skin.',
        s5: 'By four months the cut has become a flat scar, made of collagen in rows. The channels have healed with no scar at all.',
        s6: 'A year later the scar is still weaker than normal skin. The skin where the channels were is as strong as before.',
      },
      quiz: {
        q1: {
          question: 'Why does the deep cut leave a scar?',
          options: { a: 'Its wide gap is filled with collagen laid in rows', b: 'It bleeds more at the start', c: 'It never closes' },
          why: {
            a: 'Yes. A big gap is filled fast, with collagen in rows. That is a scar.',
            b: 'Bleeding stops in both wounds. The scar comes from how the gap is filled.',
            c: 'The cut does close, within a few days. The scar forms under the surface.',
          },
        },
        q2: {
          question: 'How does collagen look in skin that healed with no scar?',
          options: { a: 'Lined up in rows', b: 'A woven mesh', c: 'There is no collagen' },
          why: {
            a: 'Collagen in rows is what makes a scar.',
            b: 'Yes. Normal skin has collagen in a woven mesh, and the channels heal that way.',
            c: 'Normal skin is full of collagen. It gives skin its strength.',
          },
        },
        q3: {
          question: 'Which wound gets past the red, swollen stage first?',
          options: { a: 'The needle channels', b: 'The deep cut', c: 'Both at the same time' },
          why: {
            a: 'Yes. The channels move on to repair in about 2 days. The cut takes about 4.',
            b: 'The cut stays red longer, about 4 days, because it is so much bigger.',
            c: 'The channels are done in about 2 days, the cut in about 4.',
          },
        },
      },
    },
    patient: {
      title: 'What happens after my treatment?',
      summary: 'What you may see, and what goes on under your skin, in the months after one session.',
      steps: {
        s1: 'Right after your treatment, you may see tiny dots of blood. They stop by themselves within minutes.',
        s2: 'For the first day, your skin may look pink or red, like a mild sunburn. This is normal. It means your skin has started to heal.',
        s3: 'After about one day, the tiny holes have closed over. Your skin is sealed again.',
        s4: 'By day 3, the redness has faded. Deep down, your skin has started to make new collagen.',
        s5: 'Over the next weeks, the new collagen gets stronger. You cannot see this, but it goes on under the surface.',
        s6: 'By three months, the tiny holes have fully healed. Your skin is as strong as before, and there is no scar.',
      },
      quiz: {
        q1: {
          question: 'Your skin is red on the day of treatment. What does that mean?',
          options: { a: 'Something has gone wrong', b: 'Your skin has started to heal', c: 'It will stay red for months' },
          why: {
            a: 'Redness on the first day is a normal part of healing.',
            b: 'Yes. Redness is part of healing, and it fades within a few days.',
            c: 'The redness fades within a few days.',
          },
        },
        q2: {
          question: 'When have the tiny holes closed over?',
          options: { a: 'After about one day', b: 'After about two weeks', c: 'They stay open' },
          why: {
            a: 'Yes. The holes are so small that they close over in about a day.',
            b: 'It is much faster. The tiny holes close over in about a day.',
            c: 'The holes close over in about a day.',
          },
        },
        q3: {
          question: 'What is going on under your skin in the weeks after treatment?',
          options: { a: 'New collagen is getting stronger', b: 'Nothing at all', c: 'A scar is forming' },
          why: {
            a: 'Yes. New collagen grows and gets stronger for weeks.',
            b: 'A lot is going on. Your skin makes new collagen for weeks.',
            c: 'The holes are too small to scar. They heal with no scar.',
          },
        },
      },
    },
    'acne-scars': {
      title: 'Treating acne scars',
      summary: 'A boxcar acne scar through four needling sessions, and why some scars change less.',
      steps: {
        s1: 'This block holds a boxcar acne scar: a dent 2.5 mm wide and 0.4 mm deep, with a flat floor and steep sides (its floor is labelled). Under it is scar tissue: tight, straight rows of collagen and no hair roots. A pen with needles 1.5 mm long has just made its first holes. They bleed a little, so the dent is hard to see for now.',
        s2: 'Three days later, new tissue fills each needle hole. Repair cells called fibroblasts move in. They start to lay new collagen in and under the scar.',
        s3: 'Three more sessions follow, a month apart. Here the second is about to be done. Each session starts a new round of repair, and each round lifts the floor of the scar a little.',
        s4: 'A year after the last session, the floor has risen about halfway and its edges are softer. On the scale doctors use, the scar went from grade 3 to about 2. It is shallower, but it is still there.',
        s5: 'On the right is an ice-pick scar, treated the same way. It is narrow and deep, and lined with skin. New collagen around it cannot lift its opening, so it has changed much less.',
        s6: 'This is a rolling scar: wide, with gentle slopes. Tough bands tie its floor down to the fat. It responds best to needling, but the bands stay. A doctor can cut them with a needle. This is called subcision.',
      },
      quiz: {
        q1: {
          question: 'Which kind of acne scar changes least with microneedling?',
          options: { a: 'Ice-pick scars', b: 'Boxcar scars', c: 'Rolling scars' },
          why: {
            a: 'Yes. Ice-pick scars change the least. In the model, a course fills only about a fifth of one.',
            b: 'Boxcar scars respond well. Their flat floor rises as new collagen fills in under it.',
            c: 'Rolling scars respond best of all. Only the bands that tie them down stay.',
          },
        },
        q2: {
          question: 'After a course of four sessions, what has happened to the boxcar scar?',
          options: { a: 'It is gone for good', b: 'It is shallower, but still there', c: 'It is deeper than before' },
          why: {
            a: 'Needling can make a scar shallower, but it does not take it away.',
            b: 'Yes. Its floor has risen about halfway. The scar is still there.',
            c: 'Needling does not make a scar deeper. New collagen only fills it in.',
          },
        },
        q3: {
          question: 'Why does an ice-pick scar change the least?',
          options: { a: 'It is a narrow, deep track lined with skin', b: 'The skin around it makes no new collagen', c: 'The needles make it deeper' },
          why: {
            a: 'Yes. New collagen forms around the track, but it cannot lift its opening. Clinics often add other treatments.',
            b: 'The skin around it does make new collagen, as it does around other scars. It just cannot lift a narrow track.',
            c: 'The needles do not make any scar deeper. This one just changes less.',
          },
        },
      },
    },
  },
};
