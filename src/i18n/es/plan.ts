// Mensajes en español: el plan del paciente («Qué esperar»), la hoja para casa y el panel de mitos.
import type { Messages } from '../types';
import type { plan as en } from '../en/plan';

export const plan: Messages<typeof en> = {
  when: {
    hours_one: '{{count}} hora después del tratamiento',
    hours_other: '{{count}} horas después del tratamiento',
    day: 'el día {{count}}',
  },
  signName: {
    bleeding: 'Sangrado', redness: 'Enrojecimiento', swelling: 'Hinchazón', sensitivity: 'Calor y tirantez',
    flaking: 'Sequedad y descamación', bruising: 'Moratones', pigmentation: 'Manchas más oscuras',
  },
  topicName: {
    makeup: 'Maquillaje', actives: 'Cosmética', exercise: 'Ejercicio', sun: 'Sol', nextSession: 'Próxima sesión',
    results: 'Resultados', callClinic: 'Llame a la clínica',
  },
  signs: {
    bleeding: {
      spots: 'Unos pocos puntitos de sangre durante el tratamiento. Paran en {{minutes}} minutos.',
      even: 'Sangrado en puntitos por igual durante el tratamiento. A esta profundidad es lo esperado. Para en {{minutes}} minutos con una presión suave. Los puntitos rojos pueden verse unas horas.',
      slow: 'El sangrado tarda más en parar, unos {{minutes}} minutos, por los anticoagulantes.',
      wound: 'La herida sangra al principio. Una presión firme lo para en unos {{minutes}} minutos.',
    },
    redness: {
      pink: 'Piel rosada, que se va hacia {{toDayText}}.',
      sunburn: 'Enrojecimiento como de quemadura solar. Es más fuerte el primer día y se va hacia {{toDayText}}.',
    },
    swelling: 'Algo de hinchazón, sobre todo el primer día, que se va hacia {{toDayText}}. Duerma con la cabeza un poco alta.',
    sensitivity: 'Piel caliente, tirante o sensible, como tras mucho sol, hasta {{toDayText}}.',
    flaking: {
      dryness: 'Piel seca desde {{fromDayText}} hasta {{toDayText}}. Ayuda una crema hidratante sencilla.',
      peeling: 'Piel seca y luego escamas finas o pelado desde {{fromDayText}} hasta {{toDayText}}. Deje que caigan solas; no las arranque.',
    },
    bruising: {
      possible: 'Puede salir un pequeño moratón donde la piel es fina o está sobre hueso. Pasa de morado a amarillo y se va hacia {{toDayText}}.',
      likely: 'Es probable que salgan moratones por los anticoagulantes. Pasan de morado a amarillo y se van hacia {{toDayText}}.',
    },
    pigmentation: {
      possible: 'Fototipo {{skinTypeText}}: una pequeña probabilidad de manchas más oscuras cuando se va el enrojecimiento, desde {{fromDayText}}. Pueden durar meses. Protegerse del sol baja el riesgo.',
      higher: 'Fototipo {{skinTypeText}}: más probabilidad de manchas más oscuras cuando se va el enrojecimiento, desde {{fromDayText}}. Pueden durar meses. Protegerse bien del sol baja el riesgo; pregunte por una profundidad más suave.',
    },
  },
  advice: {
    makeup: 'Maquillaje desde {{fromDayText}}. Hasta entonces, solo una crema hidratante suave.',
    actives: 'Retinol, ácidos (AHA, BHA), vitamina C y otra cosmética fuerte desde {{fromDayText}}. Nunca sobre las marcas recientes del tratamiento.',
    exercise: 'Ejercicio con sudor, piscina y sauna desde {{fromDayText}}.',
    sun: 'Evite el sol directo hasta {{untilDayText}}. Después, use protector solar SPF 30 o más cada día durante al menos {{weeks}} semanas.',
    nextSession: {
      course: 'Sesión {{session}} de {{total}}: {{fromDayText}}. Después, espere los mismos días de enrojecimiento.',
      single: 'Si planea más sesiones, espere al menos hasta {{fromDayText}} (unas {{weeks}} semanas), cuando la piel se haya calmado.',
    },
    results: {
      early: 'El aspecto fresco y terso de los primeros días es sobre todo hinchazón y enrojecimiento. Se va hacia {{toDayText}}.',
      collagen: 'El colágeno nuevo se forma despacio. Los cambios pueden empezar a verse hacia la semana {{weeks}} y siguen hasta el mes {{months}} más o menos.',
    },
    callClinic: {
      infection: 'Llame a la clínica enseguida si el enrojecimiento se extiende, ve pus o ampollas, o tiene fiebre.',
      lasting: 'Llame a la clínica si el enrojecimiento sigue después de {{fromDayText}} o si vuelve.',
      bruise: 'Llame a la clínica si un moratón sigue creciendo o vuelve a sangrar.',
    },
  },
  cautions: {
    wound: 'Este plan está escrito para las microagujas. Una herida así necesita su propio plan de cuidados de un profesional.',
    intervalShort: 'Sesiones cada {{intervalDays}} días están más juntas de lo que aconseja este plan ({{minimumDays}} días): puede que la piel no se haya calmado.',
  },
};
