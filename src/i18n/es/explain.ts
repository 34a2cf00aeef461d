// Spanish messages: explain. Same keys as English (checked by the type); plural forms _one/_many/_other.
// The sources' topics, findings, caveats and citations are in ./sources.ts.
import type { Messages } from '../types';
import type { explain as en } from '../en/explain';
import { caveats, citations, sourceItems } from './sources';

export const explain: Messages<typeof en> = {
  stages: {
    hemostasis: 'Coagulación',
    inflammation: 'Inflamación',
    'prolonged-inflammation': 'Inflamación larga',
    proliferation: 'Reconstrucción',
    remodeling: 'Remodelación',
    resolved: 'Curada, sin cicatriz',
    'scar-normotrophic': 'Cicatriz plana',
    'scar-hypertrophic': 'Cicatriz elevada',
    'scar-atrophic': 'Cicatriz hundida',
    'scar-keloid': 'Queloide',
  },
  describe: {
    block: '{{scenario}}, {{where}}: {{stage}}.',
    blockNamedPlace: '{{scenario}}: {{stage}}.',
    place: { face: 'mejilla', forehead: 'frente', forearm: 'antebrazo', back: 'espalda', palm: 'palma' },
    where: { face: 'en la mejilla', forehead: 'en la frente', forearm: 'en el antebrazo', back: 'en la espalda', palm: 'en la palma' },
    beside: 'Al lado, {{block}}',
    stage: {
      hemostasis: 'El sangrado se detiene porque las plaquetas forman un coágulo',
      inflammation: 'La zona está roja y las células de defensa limpian la herida',
      'prolonged-inflammation': 'La herida sigue roja e irritada más tiempo del normal',
      proliferation: 'Se forma colágeno nuevo, crecen vasos nuevos y la superficie se cierra',
      remodeling: 'El colágeno nuevo se ordena y se hace más fuerte',
      resolved: 'La piel vuelve a estar normal, sin cicatriz',
      'scar-normotrophic': 'Se ha formado una cicatriz plana con bandas rectas de colágeno',
      'scar-hypertrophic': 'Se ha formado una cicatriz elevada dentro de la herida',
      'scar-atrophic': 'Se ha formado una cicatriz hundida donde se perdió colágeno',
      'scar-keloid': 'Un queloide crece más allá de los bordes de la herida',
    },
  },
  now: {
    hemostasis: {
      plain: 'La piel se acaba de dañar. Unas células diminutas de la sangre, las plaquetas, se pegan entre sí y forman un coágulo. El coágulo detiene el sangrado y sella la abertura. También envía señales que llaman a otras células para ayudar.',
      expert: 'Hemostasia: las plaquetas se agregan y un tapón de fibrina llena la herida. Liberan PDGF y TGF-β, que atraen neutrófilos, macrófagos y fibroblastos. Dura de segundos a horas.',
    },
    inflammation: {
      plain: 'El cuerpo envía células a limpiar la herida. Primero llegan glóbulos blancos que matan gérmenes. Después, células más grandes se comen los restos y llaman a las que reconstruyen. Llega más sangre, así que la piel se ve roja y caliente. Es normal y ayuda a curar.',
      expert: 'Inflamación: los neutrófilos alcanzan su máximo a las 24–48 h; los macrófagos toman el relevo a las 48–72 h (máximo hacia el día 3–5), retiran los restos y pasan a un fenotipo reparador que libera factores de crecimiento. Suben la perfusión y el eritema. Tras una microlesión es breve y leve.',
    },
    'prolonged-inflammation': {
      plain: 'La herida sigue roja e irritada después de una semana. Siguen llegando células de limpieza. Si esto dura demasiado, las células que forman cicatrices siguen trabajando. Por eso es más probable que quede cicatriz.',
      expert: 'Inflamación prolongada: los neutrófilos siguen por encima del 20 % de su máximo después del día 7. La inflamación persistente y el TGF-β1 mantienen activos los miofibroblastos, lo que favorece la fibrosis y la cicatriz.',
    },
    proliferation: {
      plain: 'Ahora la herida se reconstruye. Unas células llamadas fibroblastos fabrican colágeno. El colágeno es el hilo que hace fuerte a la piel. Crecen vasos sanguíneos nuevos y diminutos. Células nuevas de piel avanzan por encima y cierran la superficie.',
      expert: 'Proliferación (del día 3 a la semana 3, aproximadamente): los fibroblastos depositan matriz, primero colágeno III; el VEGF impulsa la angiogénesis; los queratinocitos migran y reepitelizan la superficie; los miofibroblastos contraen la herida.',
    },
    remodeling: {
      plain: 'La herida está cerrada, pero el trabajo sigue durante meses. El colágeno nuevo se ordena y se hace más fuerte. El tipo rápido y débil se cambia por el tipo fuerte. El enrojecimiento se va poco a poco.',
      expert: 'Remodelación: el colágeno III se sustituye por colágeno I y se entrecruza mientras las metaloproteinasas de la matriz la renuevan. La resistencia a la tracción sigue una sigmoide hasta cerca del 80 % de la piel sana (cerca del 50 % a los 3 meses).',
    },
    resolved: {
      plain: 'La piel se ha curado sin cicatriz. El colágeno vuelve a su trenzado normal y el enrojecimiento ha desaparecido. Las heridas pequeñas, como los agujeritos de una pluma de microagujas, suelen curar así.',
      expert: 'Resuelta: superficie cerrada, eritema por debajo de 0,05, al menos un 80 % de colágeno I en trenzado de cesta (alineación por debajo de 0,3), elastina recuperada, ninguna lesión visible. Las microheridas de menos de 500 µm de ancho se reepitelizan en 10–28 h.',
    },
    'scar-normotrophic': {
      plain: 'Se ha formado una cicatriz plana. El colágeno nuevo queda en bandas rectas, una junto a otra, y no en una red trenzada. La cicatriz está al nivel de la piel. Con el tiempo suele quedar como una línea pálida.',
      expert: 'Cicatriz normotrófica: haces de colágeno paralelos a la superficie (alineación por encima de 0,5), altura dentro de ±0,1 mm, fibras elásticas escasas y fragmentadas. La resistencia se estabiliza cerca del 80 % de la piel sana.',
    },
    'scar-hypertrophic': {
      plain: 'Se ha formado una cicatriz elevada. Se fabricó demasiado colágeno, así que la cicatriz es gruesa y sobresale de la piel. Se queda dentro de los bordes de la herida. Puede crecer unos meses y luego aplanarse despacio con los años.',
      expert: 'Cicatriz hipertrófica: elevada más de 0,1 mm dentro de los bordes de la herida; más rica en colágeno III que una cicatriz normal. Aparece a las 4–8 semanas, crece hasta 6 meses y remite con los años; 40–70 % tras cirugía, hasta 91 % tras quemaduras.',
    },
    'scar-atrophic': {
      plain: 'Se ha formado una cicatriz hundida. Se perdió colágeno y no todo volvió. Por eso la superficie queda más baja que la piel de alrededor. La mayoría de las cicatrices de acné son de este tipo.',
      expert: 'Cicatriz atrófica: pérdida neta de matriz; la superficie queda más de 0,05 mm por debajo de la piel que la rodea. El 80–90 % de las cicatrices de acné son atróficas (cicatrices en «boxcar» de 1,5–4 mm de ancho).',
    },
    'scar-keloid': {
      plain: 'Se ha formado un queloide. Esta cicatriz sigue creciendo más allá de los bordes de la herida. Está hecha de colágeno grueso y brillante. Los queloides no se encogen solos y a menudo se dan en varias personas de una familia.',
      expert: 'Queloide: la lesión sobrepasa los bordes de la herida original (extensión por encima de 1,05) y no remite; colágeno grueso, vítreo y desordenado, con una proporción creciente de colágeno I. Incidencia del 6–16 % en poblaciones africanas.',
    },
  },
  outcomes: {
    resolved: {
      plain: 'Hacia dónde va: el modelo espera que esta piel se cure sin cicatriz. La herida es pequeña, así que las células la rellenan antes de que se forme una cicatriz.',
      expert: 'Resultado previsto: resolución. El impulso cicatricial queda por debajo del umbral: lesión superficial o estrecha (un corte solo deja cicatriz si pasa de unos 0,56 mm, un tercio de la piel) e inflamación breve.',
    },
    normotrophic: {
      plain: 'Hacia dónde va: el modelo espera una cicatriz plana. La herida llega hondo en la piel, así que se rellena con un parche de colágeno nuevo y recto.',
      expert: 'Resultado previsto: cicatriz normotrófica. La lesión supera el umbral de profundidad para cicatrizar (0,56 ± 0,03 mm en un corte), así que la fibrosis deja colágeno alineado sin relieve ni hundimiento.',
    },
    hypertrophic: {
      plain: 'Hacia dónde va: el modelo espera una cicatriz elevada. La herida es grande o sigue roja e irritada mucho tiempo, así que las células fabrican demasiado colágeno.',
      expert: 'Resultado previsto: cicatriz hipertrófica. Un impulso cicatricial alto (herida grande o profunda, cierre lento, inflamación prolongada) mantiene activos los miofibroblastos y alto el colágeno III.',
    },
    atrophic: {
      plain: 'Hacia dónde va: el modelo espera una cicatriz hundida. Se perdió colágeno y el cuerpo no fabrica bastante colágeno nuevo para rellenar el hueco.',
      expert: 'Resultado previsto: cicatriz atrófica. La pérdida de matriz supera al depósito nuevo, así que la superficie acaba por debajo de la piel que la rodea.',
    },
    keloid: {
      plain: 'Hacia dónde va: el modelo espera un queloide. Esta piel tiende a formar queloides, así que la cicatriz puede crecer más allá de la herida.',
      expert: 'Resultado previsto: queloide. Tejido con tendencia a queloides e impulso cicatricial por encima del umbral: la síntesis de colágeno sigue más allá de los bordes de la herida y no remite.',
    },
  },
  transitions: {
    start: {
      plain: 'La herida se acaba de hacer. El sangrado se detiene cuando las plaquetas la taponan.',
      expert: 'herida hecha: el sangrado se detiene cuando las plaquetas la taponan',
    },
    'clot-formed': {
      plain: 'El coágulo está formado y llegan los glóbulos blancos.',
      expert: 'coágulo formado; llegan neutrófilos (por encima del 20 % de su máximo)',
    },
    'inflammation-persists': {
      plain: 'Sigue roja e irritada después de una semana.',
      expert: 'sigue inflamada después de 7 días: neutrófilos por encima del 20 % del máximo',
    },
    'neutrophils-fell': {
      plain: 'La mayoría de las células de limpieza se han ido, así que toman el relevo las que reconstruyen.',
      expert: 'los neutrófilos bajaron del 20 % del máximo; toman el relevo los fibroblastos y los vasos nuevos',
    },
    'inflammation-cleared': {
      plain: 'El enrojecimiento y la hinchazón por fin se han calmado.',
      expert: 'la inflamación por fin remitió: neutrófilos por debajo del 20 % del máximo',
    },
    'matrix-laid': {
      plain: 'La superficie se ha cerrado y ya hay más colágeno fuerte que del tipo rápido.',
      expert: 'herida cerrada, fibroblastos por debajo de la mitad de su máximo, el colágeno I supera al colágeno III',
    },
    spreads: {
      plain: 'La cicatriz creció más allá de los bordes de la herida.',
      expert: 'la cicatriz crece más allá de los bordes de la herida',
    },
    raised: {
      plain: 'La cicatriz sobresalió de la piel, pero se quedó dentro de la herida.',
      expert: 'la cicatriz sobresale más de 0,1 mm de la piel, dentro de los bordes de la herida',
    },
    pitted: {
      plain: 'Se perdió colágeno, así que la superficie se hundió.',
      expert: 'pérdida de colágeno: la superficie se hunde más de 0,05 mm',
    },
    'flat-scar': {
      plain: 'Tras 12 semanas, el colágeno nuevo queda en bandas rectas. Así se forma una cicatriz plana.',
      expert: 'tras 12 semanas el colágeno nuevo queda en haces paralelos (alineación por encima de 0,5): una cicatriz plana',
    },
    restored: {
      plain: 'La piel vuelve a estar normal. Está cerrada, no está roja y su colágeno vuelve a estar trenzado.',
      expert: 'piel restaurada: cerrada, sin enrojecimiento, al menos un 80 % de colágeno I en trenzado de cesta, fibras elásticas recuperadas, nada visible',
    },
  },
  healed: {
    name: {
      'scar-improved': 'Cicatriz mejor',
      'scar-little-changed': 'Cicatriz casi igual',
      'stretch-mark-improved': 'Estría mejor',
      'stretch-mark-little-changed': 'Estría casi igual',
      'fine-lines-improved': 'Línea menos honda',
      'fine-lines-little-changed': 'Línea casi igual',
      'pores-improved': 'Poros menores',
      'pores-little-changed': 'Poros casi iguales',
    },
    short: {
      'scar-improved': 'Mejor',
      'scar-little-changed': 'Casi igual',
      'stretch-mark-improved': 'Mejor',
      'stretch-mark-little-changed': 'Casi igual',
      'fine-lines-improved': 'Menos honda',
      'fine-lines-little-changed': 'Casi igual',
      'pores-improved': 'Menores',
      'pores-little-changed': 'Casi iguales',
    },
    describe: {
      'scar-improved': 'Los agujeros de las agujas se han cerrado, y la cicatriz es menos profunda pero sigue ahí',
      'scar-little-changed': 'Los agujeros de las agujas se han cerrado, y la cicatriz ha cambiado muy poco',
      'stretch-mark-improved': 'Los agujeros de las agujas se han cerrado, y la estría se ve mejor pero sigue ahí',
      'stretch-mark-little-changed': 'Los agujeros de las agujas se han cerrado, y la estría ha cambiado muy poco',
      'fine-lines-improved': 'Los agujeros de las agujas se han cerrado, y la línea es menos profunda pero sigue ahí',
      'fine-lines-little-changed': 'Los agujeros de las agujas se han cerrado, y la línea ha cambiado muy poco',
      'pores-improved': 'Los agujeros de las agujas se han cerrado, y los poros son algo más pequeños',
      'pores-little-changed': 'Los agujeros de las agujas se han cerrado, y los poros han cambiado muy poco',
    },
    now: {
      'acne-scar': {
        plain: 'Los agujeritos de las agujas se han curado. La cicatriz de acné sigue ahí. Las microagujas pueden hacerla menos profunda, pero no la borran. Bajo ella sigue creciendo colágeno nuevo durante meses.',
        expert: 'Canales resueltos: cerrados, sin eritema, con el colágeno de alrededor otra vez trenzado. La cicatriz atrófica persiste: el modelo rellena una parte del volumen perdido según la ganancia de colágeno dérmico del curso (la medida de abajo); el tejido cicatricial sigue.',
      },
      'stretch-mark': {
        plain: 'Los agujeritos de las agujas se han curado. La estría sigue ahí. Un curso puede hacerla más gruesa y menos pálida, pero no desaparece.',
        expert: 'Canales resueltos. La estría, una cicatriz dérmica, persiste: su colágeno fino y paralelo se sustituye en parte por haces más gruesos y menos paralelos; su elastina rota no se recupera en el modelo.',
      },
      'fine-lines': {
        plain: 'Los agujeritos de las agujas se han curado. La línea fina sigue ahí, pero el colágeno nuevo bajo ella la hace menos profunda.',
        expert: 'Canales resueltos. El surco se hace menos profundo al reconstruirse el colágeno papilar; el material elastótico agrupado bajo la unión no cambia en el modelo.',
      },
      pores: {
        plain: 'Los agujeritos de las agujas se han curado. Los poros siguen ahí. La piel de alrededor puede estar algo más firme, pero ningún estudio ha medido el tamaño del poro tras las microagujas.',
        expert: 'Canales resueltos. El modelo estrecha el poro solo por un collar dérmico más firme alrededor del folículo; el folículo y su sebo no cambian, y ningún estudio controlado ha medido el tamaño del poro.',
      },
    },
    why: {
      'acne-scar': 'Los agujeros se cerraron y el enrojecimiento se fue. La cicatriz sigue, pero el colágeno nuevo ha rellenado una parte.',
      'stretch-mark': 'Los agujeros se cerraron y el enrojecimiento se fue. La estría sigue, pero el colágeno nuevo la ha hecho más firme.',
      'fine-lines': 'Los agujeros se cerraron y el enrojecimiento se fue. El colágeno nuevo ha rellenado una parte de la línea.',
      pores: 'Los agujeros se cerraron y el enrojecimiento se fue. Los poros siguen más o menos igual.',
    },
    whyExpert: 'canales restaurados: cerrados, eritema por debajo de 0,05, colágeno I otra vez trenzado alrededor de los canales. La afección tratada se mide con su propia escala (abajo), no con esta etapa.',
    outcome: {
      'acne-scar': 'Hacia dónde va: los agujeros de las agujas se curan sin dejar cicatriz nueva. La cicatriz de acné mejora con el curso, pero se queda.',
      'stretch-mark': 'Hacia dónde va: los agujeros de las agujas se curan sin dejar cicatriz nueva. La estría mejora con el curso, pero se queda.',
      'fine-lines': 'Hacia dónde va: los agujeros de las agujas se curan sin dejar cicatriz nueva. La línea se hace menos profunda con el curso.',
      pores: 'Hacia dónde va: los agujeros de las agujas se curan sin dejar cicatriz nueva. Los poros pueden cambiar un poco, pero ningún estudio lo ha medido.',
    },
    outcomeExpert: 'Resultado previsto para los canales: resolución (impulso cicatricial por debajo del umbral). La afección en sí no se resuelve: su medida, el rango publicado y las advertencias están abajo.',
  },
  panel: {
    title: 'Qué está pasando',
    expert: 'Detalle experto',
    now: 'Ahora: {{stage}}',
    since: 'Tiempo desde la última herida: {{time}}',
    why: 'Por qué avanzó: {{reason}}',
    numbers: 'Los números del modelo ahora',
    sources: 'Fuentes: {{ids}}',
  },
  condition: {
    title: 'Lo que cambia el curso',
    values: '{{measure}}: {{before}} antes del tratamiento, {{now}} ahora, {{end}} un año después de la última sesión (estimación del modelo).',
    published: 'Los estudios de un curso parecido encontraron un cambio de {{low}} a {{high}} {{unit}}.',
    unmeasured: 'Ningún estudio controlado lo ha medido tras las microagujas. Este número es solo una suposición del modelo.',
    evidence: 'Evidencia {{tag}} ({{meaning}}). Fuentes: {{ids}}',
    caveat: 'Estos estudios fueron pequeños. La mayoría no tenía grupo de control, y quienes juzgaban los resultados solían saber quién estaba tratado. Los resultados varían mucho de una persona a otra.',
    icepick: 'Las cicatrices en picahielo son las que menos cambian: son trayectos estrechos y profundos recubiertos de piel, y el colágeno nuevo a su alrededor no levanta su abertura. Las clínicas suelen añadir otros tratamientos.',
    tethers: 'Las agujas no cortan las bandas que sujetan una cicatriz ondulante. Un procedimiento llamado subcisión puede liberarlas.',
    redStriae: 'Una estría nueva y roja: su color viene de vasos sanguíneos ensanchados debajo. Ningún estudio dio un número solo para las estrías rojas. En un estudio mejoraron más que las blancas; por eso el rango de arriba es el publicado para las estrías en general, y los tamaños de los vasos en el modelo son suposiciones.',
    measure: {
      goodmanBaronGrade: 'Grado de la cicatriz de acné (Goodman y Baron, 1 a 4)',
      lemperleGrade: 'Grado de la arruga (Lemperle, 0 a 5)',
      improvementPct: 'Mejoría de la estría (%)',
      poreDiameterUm: 'Abertura del poro (µm)',
    },
    unit: {
      goodmanBaronGrade: 'grados',
      lemperleGrade: 'grados',
      improvementPct: '%',
      poreDiameterUm: 'µm',
    },
  },
  numbers: {
    neutrophils: 'Neutrófilos (1 = máximo de un corte de referencia)',
    macrophages: 'Macrófagos (1 = máximo de un corte de referencia)',
    fibroblasts: 'Fibroblastos (1 = máximo de un corte de referencia)',
    perfusion: 'Perfusión (× piel sana)',
    erythema: 'Enrojecimiento (0–1)',
    closure: 'Superficie cerrada',
    collagenI: 'Colágeno I (× colágeno total normal)',
    collagenIII: 'Colágeno III (× colágeno total normal)',
    collagenIShare: 'Parte de tipo I en el colágeno',
    alignment: 'Alineación del colágeno (0 trenzado, 1 paralelo)',
    strength: 'Resistencia (respecto a la piel sana)',
    elevationMm: 'Altura de la superficie (mm)',
  },
  diagram: {
    title: 'Etapas',
    now: 'Ahora: {{stage}}',
    why: 'Por qué: {{reason}}',
    label: 'Etapas de la curación, en el orden en que las recorrió esta herida: {{path}}. Ahora: {{stage}}.',
    then: ', después ',
  },
  sources: {
    button: 'Fuentes',
    title: 'De dónde salen los números',
    intro: 'Cada número del modelo sale de una de estas fuentes. La etiqueta entre corchetes dice lo sólido que es:',
    tag: 'Evidencia {{tag}}: {{meaning}}',
    caveat: 'Advertencia: {{text}}',
    evidence: {
      V: 'leído en la fuente primaria',
      S: 'solo fuentes secundarias o páginas clínicas',
      M: 'valor habitual de los libros de texto',
      'S/M': 'fuentes secundarias o valor de libro de texto',
      'S?': 'sin verificar: un valor provisional',
      D: 'derivado aquí, o una suposición del modelo',
    },
    items: sourceItems,
    caveats,
    citations,
  },
  about: {
    button: 'Acerca de',
    title: 'Acerca de Corium',
    what: 'Corium muestra cómo se cura la piel después de las microagujas y de heridas que dejan cicatriz. Es un modelo sencillo hecho a partir de estudios publicados. Sirve para aprender y para explicar, no para saber qué le pasa a alguien ni para planificar su tratamiento.',
    talk: 'La piel real cambia de una persona a otra y de una parte del cuerpo a otra. Hable con un profesional sanitario cualificado sobre su propia piel y sobre si un tratamiento es adecuado para usted.',
    privacy: 'Corium funciona por completo en su navegador. No envía nada a ningún sitio y no guarda ningún registro sobre usted.',
  },
  disclaimer: 'Corium sirve para aprender. No es consejo médico.',
};
