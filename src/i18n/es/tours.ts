// Spanish messages: tours. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { tours as en } from '../en/tours';

export const tours: Messages<typeof en> = {
  launcher: 'Recorridos',
  dialog: {
    title: 'Recorridos guiados',
    intro: 'Cada recorrido te guía por el modelo paso a paso y al final te hace unas preguntas rápidas.',
    steps_one: '{{count}} paso',
    steps_other: '{{count}} pasos',
    close: 'Cerrar',
  },
  player: {
    region: 'Recorrido guiado: {{title}}',
    stepOf: 'Paso {{n}} de {{count}}',
    back: 'Atrás',
    next: 'Siguiente',
    toQuiz: 'Preguntas',
    exit: 'Salir del recorrido',
    keys: 'Flechas: siguiente y atrás. Escape: salir.',
    readout: '{{signal}}, {{scenario}}',
    readoutValue: '{{value}} de la piel sana',
  },
  quiz: {
    title: 'Preguntas rápidas',
    check: 'Comprobar',
    right: 'Correcto.',
    wrong: 'No exactamente.',
    score: 'Has acertado {{score}} de {{count}}.',
    answerAll: 'Elige una respuesta para cada pregunta.',
    tryAgain: 'Intentar de nuevo',
    close: 'Cerrar',
  },
  patientButton: '¿Qué pasa después de mi tratamiento?',
  list: {
    layers: {
      title: 'Las capas de la piel',
      summary: 'De qué está hecha la piel, de arriba abajo.',
      steps: {
        s1: 'La piel está hecha de capas, como una tarta. Aquí las capas están separadas para que veas cada una.',
        s2: 'Arriba está la epidermis. Es más fina que una hoja de papel. Sus células muertas de fuera retienen el agua y frenan los gérmenes.',
        s3: 'Debajo está la dermis, la capa gruesa del medio. Está llena de colágeno, una proteína muy resistente. La recorren vasos sanguíneos diminutos y nervios.',
        s4: 'Al fondo está la grasa. Amortigua los golpes y mantiene el calor del cuerpo. Sus células claras se apiñan como burbujas.',
        s5: 'Ahora ha entrado una aguja de 0,5 mm. Atraviesa la epidermis y se detiene en la dermis. Un coágulo tapa el agujerito.',
      },
      quiz: {
        q1: {
          question: '¿Qué capa está justo encima de todo en la piel?',
          options: { a: 'La dermis', b: 'La epidermis', c: 'La grasa' },
          why: {
            a: 'La dermis es la capa gruesa del medio. Está debajo de la epidermis.',
            b: 'Sí. La epidermis es la capa fina de arriba. Retiene el agua y frena los gérmenes.',
            c: 'La grasa es la capa más profunda. Amortigua los golpes.',
          },
        },
        q2: {
          question: '¿Qué le da fuerza a la piel?',
          options: { a: 'El colágeno de la dermis', b: 'La grasa', c: 'Las células muertas de arriba' },
          why: {
            a: 'Sí. El colágeno es una proteína muy resistente, y la dermis está llena de él.',
            b: 'La grasa es blanda. Amortigua y da calor, pero no hace fuerte la piel.',
            c: 'Las células muertas de arriba retienen el agua. La fuerza viene del colágeno de la dermis.',
          },
        },
        q3: {
          question: '¿Hasta dónde llega una aguja de 0,5 mm en la piel de la mejilla?',
          options: { a: 'Hasta la epidermis', b: 'Hasta la dermis', c: 'Hasta la grasa' },
          why: {
            a: 'En la mejilla, la epidermis mide menos de 0,1 mm. La aguja la atraviesa del todo.',
            b: 'Sí. La aguja atraviesa la fina epidermis y se detiene en la dermis.',
            c: 'En la mejilla, la grasa empieza a más de 1,5 mm de profundidad. Una aguja de 0,5 mm no llega.',
          },
        },
      },
    },
    session: {
      title: 'Una sesión de microagujas y los seis meses siguientes',
      summary: 'Cómo se curan los agujeritos de las agujas, desde el primer minuto hasta los seis meses.',
      steps: {
        s1: 'Un dermapen de agujas finas ha hecho muchos agujeritos, llamados canales. Cada uno sangra un poco. En minutos, un coágulo lo tapa.',
        s2: 'A las pocas horas la piel se pone roja. Llegan glóbulos blancos para limpiar los canales.',
        s3: 'Al primer día, células nuevas de la piel ya cubren la boca de cada canal. La superficie vuelve a estar cerrada.',
        s4: 'Al quinto día ya no hay rojez. Llegan unas células llamadas fibroblastos, que fabrican colágeno nuevo para rellenar cada canal.',
        s5: 'A las dos semanas los canales se han rellenado y ya no se ven. Durante semanas más, el colágeno nuevo se ordena y se refuerza. El colágeno de tipo I, más fuerte, sustituye al de tipo III, más débil.',
        s6: 'A los seis meses la piel vuelve a estar normal. Es tan fuerte como antes y no tiene cicatriz.',
      },
      quiz: {
        q1: {
          question: '¿Cuándo vuelve a cerrarse la superficie sobre los canales?',
          options: { a: 'En un día, más o menos', b: 'En una semana, más o menos', c: 'A los seis meses' },
          why: {
            a: 'Sí. Los canales son tan pequeños que las células nuevas los cubren en un día, más o menos.',
            b: 'Es mucho más rápido. Las células nuevas cubren los canales en un día, más o menos.',
            c: 'La superficie se cierra en un día, más o menos. Lo que dura meses es la reparación de dentro.',
          },
        },
        q2: {
          question: '¿Qué hacen los fibroblastos?',
          options: { a: 'Fabrican colágeno nuevo', b: 'Forman el coágulo', c: 'Ponen roja la piel' },
          why: {
            a: 'Sí. Los fibroblastos rellenan cada canal con colágeno nuevo.',
            b: 'El coágulo lo forman las plaquetas, pequeños trozos de la sangre, en los primeros minutos.',
            c: 'La rojez viene del aumento de riego el primer día. Los fibroblastos llegan después.',
          },
        },
        q3: {
          question: '¿Cómo está la piel seis meses después de una sesión?',
          options: { a: 'Tiene pequeñas cicatrices planas', b: 'Vuelve a estar normal, sin cicatriz', c: 'Sigue roja' },
          why: {
            a: 'Los canales son demasiado pequeños para dejar cicatriz. Se curan sin cicatriz.',
            b: 'Sí. A los seis meses los canales han desaparecido y la piel vuelve a estar normal.',
            c: 'La rojez se va en pocos días.',
          },
        },
      },
    },
    scar: {
      title: 'Por qué un corte deja cicatriz y un microcanal no',
      summary: 'Un corte profundo y unos canales diminutos de aguja se curan uno al lado del otro.',
      steps: {
        s1: 'Aquí hay un corte profundo junto a unos canales diminutos hechos con una aguja. El corte tiene 2 mm de profundidad. Los dos sangran y luego se forma un coágulo.',
        s2: 'Día 2: el corte sigue rojo y lleno de glóbulos blancos. Los canales ya han pasado a la fase de reparación.',
        s3: 'Bajo la superficie, el corte deja un hueco ancho y hondo. Los fibroblastos tienen que rellenarlo con mucho colágeno nuevo. Los canales son tan finos que necesitan muy poco.',
        s4: 'Fíjate en el colágeno. En el corte empieza a alinearse en filas, como la veta de la madera. En los canales forma una malla entretejida, como la piel normal.',
        s5: 'A los cuatro meses el corte se ha convertido en una cicatriz plana, de colágeno en filas. Los canales se han curado sin ninguna cicatriz.',
        s6: 'Un año después, la cicatriz sigue siendo más débil que la piel normal. La piel donde estaban los canales es tan fuerte como antes.',
      },
      quiz: {
        q1: {
          question: '¿Por qué deja cicatriz el corte profundo?',
          options: { a: 'Su hueco ancho se rellena con colágeno en filas', b: 'Sangra más al principio', c: 'Nunca se cierra' },
          why: {
            a: 'Sí. Un hueco grande se rellena deprisa, con colágeno en filas. Eso es una cicatriz.',
            b: 'El sangrado se detiene en las dos heridas. La cicatriz depende de cómo se rellena el hueco.',
            c: 'El corte sí se cierra, en pocos días. La cicatriz se forma bajo la superficie.',
          },
        },
        q2: {
          question: '¿Cómo es el colágeno de la piel que se ha curado sin cicatriz?',
          options: { a: 'Alineado en filas', b: 'Una malla entretejida', c: 'No hay colágeno' },
          why: {
            a: 'El colágeno en filas es lo que forma una cicatriz.',
            b: 'Sí. La piel normal tiene el colágeno en una malla entretejida, y los canales se curan así.',
            c: 'La piel normal está llena de colágeno. Es lo que le da fuerza.',
          },
        },
        q3: {
          question: '¿Qué herida deja antes atrás la fase roja e hinchada?',
          options: { a: 'Los canales de la aguja', b: 'El corte profundo', c: 'Las dos a la vez' },
          why: {
            a: 'Sí. Los canales pasan a la reparación en unos 2 días. El corte tarda unos 4.',
            b: 'El corte sigue rojo más tiempo, unos 4 días, porque es mucho más grande.',
            c: 'Los canales terminan en unos 2 días; el corte, en unos 4.',
          },
        },
      },
    },
    patient: {
      title: '¿Qué pasa después de mi tratamiento?',
      summary: 'Lo que puedes ver, y lo que pasa bajo tu piel, en los meses siguientes a una sesión.',
      steps: {
        s1: 'Justo después del tratamiento puedes ver puntitos de sangre. Paran solos en pocos minutos.',
        s2: 'El primer día tu piel puede verse rosada o roja, como con una quemadura de sol leve. Es normal: significa que tu piel ha empezado a curarse.',
        s3: 'Al cabo de un día, más o menos, los agujeritos se han cerrado. Tu piel vuelve a estar sellada.',
        s4: 'Al tercer día la rojez ya se ha ido. En lo hondo, tu piel ha empezado a fabricar colágeno nuevo.',
        s5: 'En las semanas siguientes, el colágeno nuevo se hace más fuerte. No lo ves, pero ocurre bajo la superficie.',
        s6: 'A los tres meses, los agujeritos se han curado del todo. Tu piel es tan fuerte como antes y no queda cicatriz.',
      },
      quiz: {
        q1: {
          question: 'Tu piel está roja el día del tratamiento. ¿Qué significa?',
          options: { a: 'Algo ha salido mal', b: 'Tu piel ha empezado a curarse', c: 'Seguirá roja durante meses' },
          why: {
            a: 'La rojez del primer día es una parte normal de la curación.',
            b: 'Sí. La rojez es parte de la curación y se va en pocos días.',
            c: 'La rojez se va en pocos días.',
          },
        },
        q2: {
          question: '¿Cuándo se han cerrado los agujeritos?',
          options: { a: 'En un día, más o menos', b: 'En unas dos semanas', c: 'Se quedan abiertos' },
          why: {
            a: 'Sí. Los agujeritos son tan pequeños que se cierran en un día, más o menos.',
            b: 'Es mucho más rápido. Los agujeritos se cierran en un día, más o menos.',
            c: 'Los agujeritos se cierran en un día, más o menos.',
          },
        },
        q3: {
          question: '¿Qué pasa bajo tu piel en las semanas siguientes al tratamiento?',
          options: { a: 'El colágeno nuevo se hace más fuerte', b: 'Nada', c: 'Se forma una cicatriz' },
          why: {
            a: 'Sí. El colágeno nuevo crece y se refuerza durante semanas.',
            b: 'Pasan muchas cosas. Tu piel fabrica colágeno nuevo durante semanas.',
            c: 'Los agujeritos son demasiado pequeños para dejar cicatriz. Se curan sin cicatriz.',
          },
        },
      },
    },
    'acne-scars': {
      title: 'Tratar las cicatrices de acné',
      summary: 'Una cicatriz de acné en furgón a lo largo de cuatro sesiones de microagujas, y por qué algunas cicatrices cambian menos.',
      steps: {
        s1: 'Este bloque tiene una cicatriz de acné en furgón: una depresión de 2,5 mm de ancho y 0,4 mm de hondo, con el fondo plano y los bordes rectos (su fondo está señalado). Debajo hay tejido cicatricial: filas de colágeno apretadas y rectas, sin raíces de pelo. Una pluma con agujas de 1,5 mm acaba de hacer sus primeros agujeros. Sangran un poco, así que por ahora la depresión apenas se ve.',
        s2: 'Tres días después, tejido nuevo llena cada agujero de aguja. Llegan unas células reparadoras llamadas fibroblastos. Empiezan a poner colágeno nuevo dentro y debajo de la cicatriz.',
        s3: 'Siguen tres sesiones más, una al mes. Aquí está a punto de hacerse la segunda. Cada sesión pone en marcha una nueva ronda de reparación, y cada ronda levanta un poco el fondo de la cicatriz.',
        s4: 'Un año después de la última sesión, el fondo ha subido casi la mitad y los bordes son más suaves. En la escala que usan los médicos, la cicatriz pasó del grado 3 a casi 2. Es menos honda, pero sigue ahí.',
        s5: 'A la derecha hay una cicatriz en picahielo, tratada igual. Es estrecha y honda, y está recubierta de piel. El colágeno nuevo a su alrededor no puede levantar su abertura, así que ha cambiado mucho menos.',
        s6: 'Esta es una cicatriz ondulante: ancha, con pendientes suaves. Unas bandas duras sujetan su fondo a la grasa. Es la que mejor responde a las microagujas, pero las bandas siguen. Un médico puede cortarlas con una aguja: se llama subcisión.',
      },
      quiz: {
        q1: {
          question: '¿Qué tipo de cicatriz de acné cambia menos con las microagujas?',
          options: { a: 'Las cicatrices en picahielo', b: 'Las cicatrices en furgón', c: 'Las cicatrices ondulantes' },
          why: {
            a: 'Sí. Las cicatrices en picahielo son las que menos cambian. En el modelo, un curso rellena solo una quinta parte.',
            b: 'Las cicatrices en furgón responden bien. Su fondo plano sube a medida que el colágeno nuevo las rellena por debajo.',
            c: 'Las cicatrices ondulantes son las que mejor responden. Solo quedan las bandas que las sujetan.',
          },
        },
        q2: {
          question: 'Tras un curso de cuatro sesiones, ¿qué le ha pasado a la cicatriz en furgón?',
          options: { a: 'Ha desaparecido para siempre', b: 'Es menos honda, pero sigue ahí', c: 'Es más honda que antes' },
          why: {
            a: 'Las microagujas pueden hacer una cicatriz menos honda, pero no la borran.',
            b: 'Sí. Su fondo ha subido casi la mitad. La cicatriz sigue ahí.',
            c: 'Las microagujas no hacen más honda una cicatriz. El colágeno nuevo solo la rellena.',
          },
        },
        q3: {
          question: '¿Por qué una cicatriz en picahielo es la que menos cambia?',
          options: { a: 'Es un trayecto estrecho y hondo recubierto de piel', b: 'La piel de alrededor no hace colágeno nuevo', c: 'Las agujas la hacen más honda' },
          why: {
            a: 'Sí. El colágeno nuevo se forma alrededor del trayecto, pero no puede levantar su abertura. Las clínicas suelen añadir otros tratamientos.',
            b: 'La piel de alrededor sí hace colágeno nuevo, como alrededor de otras cicatrices. Solo que no puede levantar un trayecto estrecho.',
            c: 'Las agujas no hacen más honda ninguna cicatriz. Esta simplemente cambia menos.',
          },
        },
      },
    },
  },
};
