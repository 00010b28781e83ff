import type { Catalogue } from "./en.js";

/**
 * Spanish (es-ES and es-419). Terms and style: docs/i18n/es.md. Neutral Spanish, tuteo, «» quotes,
 * ¿? and ¡! in pairs, a space before % (80 %). Discord's permission names as its Spanish client shows
 * them (Gestionar servidor, Ver canal…), introduced with «el permiso» in running prose.
 */
export const es: Catalogue = {
  // counted nouns
  "count.days_one": "{{count}} día",
  "count.days_many": "{{count}} días",
  "count.days_other": "{{count}} días",
  "count.items_one": "{{count}} elemento",
  "count.items_many": "{{count}} elementos",
  "count.items_other": "{{count}} elementos",
  "count.cards_one": "{{count}} tarjeta",
  "count.cards_many": "{{count}} tarjetas",
  "count.cards_other": "{{count}} tarjetas",
  "count.questions_one": "{{count}} pregunta",
  "count.questions_many": "{{count}} preguntas",
  "count.questions_other": "{{count}} preguntas",
  "count.prompts_one": "{{count}} consigna",
  "count.prompts_many": "{{count}} consignas",
  "count.prompts_other": "{{count}} consignas",
  "count.problems_one": "{{count}} problema",
  "count.problems_many": "{{count}} problemas",
  "count.problems_other": "{{count}} problemas",
  "count.points_one": "{{count}} pt",
  "count.points_many": "{{count}} pts",
  "count.points_other": "{{count}} pts",
  "count.pointsWord_one": "{{count}} punto",
  "count.pointsWord_many": "{{count}} puntos",
  "count.pointsWord_other": "{{count}} puntos",
  "count.decks_one": "{{count}} mazo",
  "count.decks_many": "{{count}} mazos",
  "count.decks_other": "{{count}} mazos",
  "count.players_one": "{{count}} jugador",
  "count.players_many": "{{count}} jugadores",
  "count.players_other": "{{count}} jugadores",
  "count.warnings_one": "{{count}} aviso",
  "count.warnings_many": "{{count}} avisos",
  "count.warnings_other": "{{count}} avisos",

  genericFailure: "Algo falló por nuestra parte; no es culpa tuya. Inténtalo de nuevo. (ref. `{{ref}}`)",
  storeUnavailable:
    "Ahora mismo no puedo acceder a mi almacenamiento, así que no pude guardarlo. Inténtalo de nuevo en un minuto.",
  unknownDeck: "Aquí no hay ningún mazo llamado «{{id}}». Usa `/deck list` para ver los mazos disponibles.",
  cardsTooFewAnswers_backs:
    "Las tarjetas de «{{deck}}» no sirven para opción múltiple: tienen {{distinct}} reversos distintos, y cada pregunta necesita su respuesta y 3 respuestas incorrectas distintas sacadas de otras tarjetas. Añade tarjetas hasta tener al menos 4 reversos distintos o estúdialas con `/recall`.",
  cardsTooFewAnswers_fronts:
    "Las tarjetas de «{{deck}}» no sirven para opción múltiple: tienen {{distinct}} anversos distintos, y cada pregunta necesita su respuesta y 3 respuestas incorrectas distintas sacadas de otras tarjetas. Añade tarjetas hasta tener al menos 4 anversos distintos o estúdialas con `/recall`.",
  channelBusy:
    "Ya hay una ronda de «{{deck}}» en curso en este canal, iniciada por {{host}}. Espera a que termine, o pide a quien la inició o a un moderador que la detenga con `/stop`.",
  settingsCorrupt:
    "No puedo leer los ajustes del quiz de este servidor, así que por ahora solo los miembros con el permiso Gestionar servidor pueden iniciar rondas. Pide a uno de ellos que vuelva a guardar los ajustes con `/config set`.",
  settingsCorruptStarters:
    "Solo quienes tengan Gestionar servidor, hasta que se vuelvan a guardar los ajustes (los actuales no se pueden leer)",
  notAllowedToStart:
    "En este servidor solo pueden iniciar rondas los miembros con el rol del quiz (o con el permiso Gestionar servidor).",
  botMissingPermissions:
    "No puedo iniciar una ronda en este canal: aquí necesito {{missing}}. Pide a un moderador que me dé esos permisos o juega en privado con `/practice solo: True`.",
  guildOnly: "Este comando solo funciona en un servidor, no en mensajes directos.",
  roundStarted:
    "{{host}} inició una ronda de {{mode}} del mazo **{{deck}}**: {{items}}. ¡Responde con los botones!",
  privateRoundReplaced: "(Se cerró tu ronda privada anterior.)",

  // clicks
  badButton: "No reconozco ese botón. Puede que sea de una versión anterior del bot; inicia una ronda nueva.",
  roundEnded: "Esta ronda ya terminó. Inicia otra con `/practice`.",
  questionClosed: "Esta pregunta ya se cerró; la respuesta aparece en el mensaje.",
  notYourButton: "Ese botón es de la ronda privada de otra persona.",
  notCurrent: "Esa pregunta ya no está abierta.",
  duplicateAnswer: "Ya respondiste **{{letter}}**; se mantiene tu primera respuesta.",
  answerAlreadyCounted: "Ya respondiste a esta pregunta; se mantiene tu primera respuesta.",
  correct: "✅ ¡Correcto! +{{points}}. Racha de aciertos: {{streak}}{{fire}}",
  wrong:
    "❌ Esta vez no: elegiste **{{letter}}**. La respuesta se revelará cuando se cierre la pregunta. Tu racha de aciertos vuelve a cero.",
  wrongSolo: "❌ Esta vez no: elegiste **{{letter}}**; la respuesta correcta es **{{correctLetter}}**.",
  hint: "💡 Pista: {{hint}}\n*(Usar la pista reduce a la mitad tus puntos en esta pregunta.)*",
  noHint: "Esta no tiene pista. ¡Confía en ti!",
  onlyHostReveals:
    "Solo quien inició la ronda (o un miembro con el permiso Gestionar mensajes) puede revelar la respuesta antes de tiempo.",
  gradeSaved: "Guardado como **{{grade}}**. Próximo repaso {{when}}.",
  conceptsResult: "Cubriste **{{got}}/{{total}}** conceptos.",
  stopDone: "Ronda de «{{deck}}» detenida.",
  stopNone: "No hay ninguna ronda en curso en este canal.",
  stopNotAllowed:
    "Solo quien inició la ronda o un miembro con el permiso Gestionar mensajes puede detenerla.",
  restarting:
    "⏹️ El bot se está reiniciando, así que esta ronda terminó. Los puntos que ya ganaste están guardados.",
  interrupted:
    "⏹️ Esta ronda se interrumpió porque el bot se detuvo de forma inesperada. Los puntos que ya ganaste están guardados.",
  idleEnded:
    "⏹️ Esta ronda privada terminó porque pasó mucho tiempo sin que nadie hiciera clic. Inicia otra cuando quieras.",
  stoppedBy: "⏹️ Ronda detenida por {{who}}.",

  // typed answers ({{points}} of typedCorrect/typedTypo is typedPoints, or "." when there are none)
  typedCorrect: "✅ Correcto{{points}}",
  typedTypo_one: "✅ Aceptada con {{count}} errata: «{{typed}}» → {{expected}}{{points}}",
  typedTypo_many: "✅ Aceptada con {{count}} erratas: «{{typed}}» → {{expected}}{{points}}",
  typedTypo_other: "✅ Aceptada con {{count}} erratas: «{{typed}}» → {{expected}}{{points}}",
  typedPoints: ". +{{points}}. Racha de aciertos: {{streak}}{{fire}}",
  typedWrong:
    "❌ Esta vez no. La respuesta se revelará cuando se cierre la pregunta. Si crees que acertaste, dilo abajo.",
  typedWrongSolo: "❌ Esta vez no: la respuesta correcta es **{{expected}}**.",
  typedRejected:
    "❌ Casi, pero no: es una confusión habitual. La respuesta se revelará cuando se cierre la pregunta.",
  typedAlready: "Ya respondiste «{{typed}}»; se mantiene tu primera respuesta.",
  typedModalTitle: "Tu respuesta ({{n}}/{{of}})",
  typedModalLabel: "Respuesta",
  typedLeftOut_one:
    " ({{count}} pregunta con respuesta larga quedó fuera: es para responder con los botones)",
  typedLeftOut_many:
    " ({{count}} preguntas con respuestas largas quedaron fuera: son para responder con los botones)",
  typedLeftOut_other:
    " ({{count}} preguntas con respuestas largas quedaron fuera: son para responder con los botones)",
  noneTypeable:
    "En «{{deck}}» no hay nada que se pueda responder por escrito: todas las respuestas pasan de 60 caracteres y ninguna está marcada con `typed: true`. Juégalo con `/practice mode: choices`.",
  overrideDone:
    "Contada como correcta en tus estadísticas y en tu calendario de repasos (marcada como decisión tuya). No suma puntos en la clasificación.",
  overrideCardDone: "Contada como correcta: próximo repaso {{when}}.",
  overrideAlready: "Ya indicaste que en esta tenías razón.",
  overrideNothing:
    "Aquí no hay nada que corregir: solo se puede contar como correcta una respuesta escrita fallada o una tarjeta calificada con «Otra vez».",

  // information
  leaderboardWeek: "🏆 Clasificación: esta semana",
  leaderboardAll: "🏆 Clasificación: histórica",
  leaderboardEmpty: "Aún no hay puntos. ¡Inicia una ronda con `/practice`!",
  yourRank: "Tú: puesto {{rank}} de {{players}}, con {{points}}",
  notRanked: "Aún no tienes puntos aquí.",
  statsTitle: "📊 Estadísticas de estudio",
  cooldown_one: "Acabas de pedirlo. Inténtalo de nuevo en {{count}} segundo.",
  cooldown_many: "Acabas de pedirlo. Inténtalo de nuevo en {{count}} segundos.",
  cooldown_other: "Acabas de pedirlo. Inténtalo de nuevo en {{count}} segundos.",
  deckListTitle: "📚 Mazos",
  deckListEmpty: "Aún no hay mazos.",

  // moderators
  moderatorsOnly:
    "Solo los miembros con el permiso Gestionar servidor o con el rol de moderador del quiz de este servidor pueden hacer eso. No se cambió nada.",
  deckAdded:
    "Mazo `{{id}}` añadido (**{{title}}**). Ya puede jugarlo todo el servidor: `/practice deck:{{id}}`.",
  deckReplaced:
    "Mazo `{{id}}` reemplazado (**{{title}}**). Ya puede jugarlo todo el servidor: `/practice deck:{{id}}`.",
  deckRejected:
    "`{{file}}` no se guardó: hay {{problems}} que corregir. Revísalo en local con `npm run deck:check -- {{file}}` o consulta docs/decks.md.",
  deckExists:
    "Este servidor ya tiene un mazo con el id `{{id}}`. Vuelve a subirlo con `/deck add replace: True` para sobrescribirlo o cambia el nombre del archivo.",
  deckBuiltIn:
    "`{{id}}` es el id de un mazo incluido. Cambia el nombre de tu archivo (el nombre del archivo es el id del mazo).",
  deckLimit: "Este servidor alcanzó su límite de {{decks}}. Primero quita uno con `/deck remove`.",
  deckRemoved:
    "Mazo `{{id}}` quitado. Los jugadores conservan los puntos y el historial que acumularon con él.",
  deckNotServers:
    "`{{id}}` no es uno de los mazos subidos a este servidor (los mazos incluidos no se pueden quitar).",
  uploadBusy:
    "Hay demasiados mazos de este servidor esperando a que los revise. Inténtalo de nuevo en un minuto.",
  uploadTooSlow:
    "`{{file}}` tardó demasiado en leerse (más de 10 s), así que no se guardó nada. Divídelo en archivos más pequeños y súbelos uno a uno.",
  uploadCrashed:
    "No pude leer `{{file}}` (necesita más memoria de la que puede usar una subida, o está dañado), así que no se guardó nada. Vuelve a exportarlo o divídelo en archivos más pequeños.",
  importFormat: "Formato: {{detail}}",
  importSkippedTitle: "Omitidos ({{n}})",
  importSkippedNone: "No se omitió nada.",
  importPreviewTitle: "Vista previa",
  deckExported: "Aquí tienes `{{id}}`. Edítalo y vuelve a subirlo con `/deck add replace: True`.",
  settingsSaved: "Ajustes guardados. Se aplicarán a partir de la próxima ronda.",
  settingsNothing: "No hay nada que cambiar: elige al menos una opción.",
  badTimezone:
    "«{{tz}}» no es una zona horaria que yo conozca. Usa un nombre IANA como Europe/Madrid, America/Mexico_City o UTC.",

  // daily quizzes
  dailyTitle: "📅 Quiz diario",
  dailyPostSingle:
    "📅 **Pregunta del día** ({{day}}). Responde cuando quieras antes de que se cierre; cuenta para tu racha diaria.",
  dailyPost:
    "📅 **Quiz diario {{n}}/{{of}}** ({{day}}). Responde cuando quieras antes de que se cierre; cuenta para tu racha diaria.",
  dailyCorrectToday: "Acertaron hoy",
  dailyNobodyCorrect: "Nadie esta vez. ¡Prueba suerte mañana!",
  andMore: "y {{n}} más",
  dailyBadTime:
    "«{{text}}» no es una hora que entienda. Usa el formato de 24 horas HH:MM, p. ej. 09:00 o 18:30.",
  dailyBadChannel: "Elige un canal de texto o de anuncios para el quiz diario.",
  dailyDeckEmpty: "El mazo «{{deck}}» no tiene preguntas de opción múltiple. Elige otro mazo.",
  dailySaved: "Quiz diario guardado: se publicará en {{channel}} todos los días a las {{time}} ({{tz}}).",
  dailyNone: "Este servidor aún no tiene quiz diario. Un moderador puede configurarlo con `/daily set`.",
  dailyOff:
    "El quiz diario está desactivado. Las preguntas ya publicadas se cerrarán y se revelarán según lo previsto. Vuelve a activarlo con `/daily set`.",
  dailyAlreadyOff: "El quiz diario ya está desactivado.",
  dailyNowPosted:
    "Publiqué el quiz diario de hoy en {{channel}}. Cuenta como el de hoy, así que hoy no habrá publicación programada.",
  dailyNowAlready: "El quiz diario de hoy ya se publicó. El próximo saldrá a la hora habitual.",
  dailyNowOff: "El quiz diario está desactivado. Primero actívalo con `/daily set`.",
  dailyStatusOn: "Activado",
  dailyStatusOff: "Desactivado",
  dailyFooter: "Las horas se indican en la zona horaria del servidor ({{tz}}); cámbiala con /config set.",
  "dailyDisabled.channel-missing":
    "⚠️ Desactivado por el bot: se eliminó su canal o ya no puedo verlo. Elige un canal con `/daily set`.",
  "dailyDisabled.no-permission":
    "⚠️ Desactivado por el bot: no tengo permiso para publicar en su canal. Dame los permisos Ver canal, Enviar mensajes e Insertar enlaces en ese canal y vuelve a usar `/daily set`.",
  "dailyDisabled.deck-removed":
    "⚠️ Desactivado por el bot: se quitó su mazo. Elige otro mazo con `/daily set`.",
  "dailyDisabled.deck-empty":
    "⚠️ Desactivado por el bot: su mazo no tiene preguntas de opción múltiple. Elige otro mazo con `/daily set`.",
  streakTitle: "🔥 Rachas diarias",
  streakYours:
    "Tu racha diaria: **{{current}}** (récord: {{best}}). Responde hoy a cualquier pregunta para mantenerla.",
  streakBoard: "Rachas activas más largas del servidor",
  streakBoardEmpty: "Aún no hay rachas activas. ¡Responde al quiz diario de hoy para empezar una!",

  // permissions
  rolesNeedManageServer:
    "Solo los miembros con el permiso Gestionar servidor pueden cambiar `/config set starter_role` o `/config set moderator_role` (si no, un moderador del quiz podría hacer moderadores a todos). No se cambió nada.",
  youCantPostHere:
    "No puedes iniciar una ronda pública en este canal: tú también necesitas {{missing}} aquí. Juega en privado con `/practice solo: True` o pregunta a un moderador.",
  dailyYouCantPost:
    "No puedes enviar el quiz diario a {{channel}}: tú también necesitas {{missing}} en ese canal. Elige un canal donde puedas publicar. No se cambió nada.",

  // counts in renderers
  finishedItems: "Completaste {{items}}. ¡Buen trabajo!",
  answeredInAll: "{{spread}} ({{n}} en total)",
  andMoreLine: "…y {{n}} más.",

  // review of what you missed (/review) and its reminders
  reviewFinished: "Repasaste {{items}}. Lo que fallaste volverá pronto; lo que sabías, más adelante.",
  reviewFinishedAnswered:
    "Repasaste {{items}} y acertaste {{correct}}/{{answered}} preguntas. Lo que fallaste volverá pronto; lo que sabías, más adelante.",
  reviewNothingDue: "No hay nada pendiente ahora mismo. Próximo repaso {{next}}.",
  reviewNothingYet:
    "Aún no hay nada que repasar: aquí se programan las preguntas que respondes y las tarjetas que calificas. Prueba `/practice` o `/recall`.",
  reviewNothingInDeck: "Aún no hay nada que repasar en {{deck}}.",
  reviewDeckTitle: "Repaso: {{deck}}",
  reviewAllTitle: "Repaso: lo que fallaste",
  reminderOn:
    "Recordatorio de repaso activado: un mensaje directo cada día a las {{time}} ({{tz}}) cuando haya algo pendiente. Desactívalo con `/review remind off`. (Solo podré escribirte si tu configuración de privacidad permite mensajes directos de los miembros de este servidor.)",
  reminderOff: "Recordatorio de repaso desactivado.",
  reminderAlreadyOff: "Tu recordatorio de repaso ya está desactivado.",
  reminderBadTime:
    "«{{text}}» no es una hora que entienda. Usa el formato de 24 horas HH:MM, p. ej. 08:00 o 19:30.",
  reminderDm: "📚 {{items}} por repasar en {{deck}} ({{server}}): /review",
  reminderDmOthers_one: "📚 {{items}} por repasar en {{deck}} y {{count}} mazo más ({{server}}): /review",
  reminderDmOthers_many: "📚 {{items}} por repasar en {{deck}} y {{count}} mazos más ({{server}}): /review",
  reminderDmOthers_other: "📚 {{items}} por repasar en {{deck}} y {{count}} mazos más ({{server}}): /review",
  statsItemsDue: "Repasos pendientes",
  statsNextReview: "Próximo repaso",
  statsNothingScheduled: "nada programado",
  statsReminderFailed:
    "⚠️ Se desactivó tu recordatorio de repaso: no pude enviarte un mensaje directo 3 días seguidos. Permite los mensajes directos de los miembros de este servidor y vuelve a usar `/review remind on`.",

  // words drawn into the pictures
  "image.points": "Puntos",
  "image.accuracy": "Precisión",
  "image.answerStreak": "Racha de aciertos",
  "image.dailyStreak": "Racha diaria",
  "image.due": "Pendientes",
  "image.best": "récord {{n}}",
  "image.last30": "Últimos 30 días",
  "image.correct": "aciertos",
  "image.wrong": "fallos",
  "image.byDifficulty": "Precisión por dificultad",
  "image.noAnswers": "sin respuestas",
  "image.forecast": "Repasos: próximos 14 días",
  "image.today": "hoy: {{n}}",
  "image.max": "máx. {{n}}",
  "image.year": "Últimas 52 semanas",
  "image.less": "menos",
  "image.more": "más",
  "image.pts": "{{n}} pts",
  "image.correctOf": "{{c}}/{{n}} correctas",
  "image.you": "tú",

  // the question message and its reveal
  "question.title": "{{deck}} · Pregunta {{n}}/{{of}}",
  "question.closes": "se cierra {{when}}",
  "question.noTimer": "tómate tu tiempo",
  "question.closed": "cerrada",
  "question.easy": "🟢 fácil",
  "question.medium": "🟡 media",
  "question.hard": "🔴 difícil",
  "question.hint": "Pista",
  "question.reveal": "Revelar (anfitrión)",
  "question.footerSolo": "Ronda privada: solo tú puedes verla.",
  "question.footerPublic": "Una respuesta por persona; solo cuenta el primer clic.",
  "question.answer": "Respuesta",
  "question.why": "Por qué",
  "question.steps": "Pasos de la solución",
  "question.mistakes": "Errores frecuentes",
  "question.answers": "Respuestas",
  "question.nobody": "Nadie respondió.",
  "question.fastest": "Acierto más rápido",
  "question.fastestValue": "{{user}} en {{seconds}} s",

  // the round's summary
  "summary.title": "Ronda terminada: {{deck}}",
  "summary.nobody": "Esta vez nadie respondió.",
  "summary.score": "{{points}} ({{correct}}/{{answered}} correctas)",
  "summary.streak": " · racha {{before}} → {{after}}",
  "summary.footer": "Usa /leaderboard para ver cómo va el servidor y /stats para ver cómo vas tú.",

  // recall cards and typed answers
  "card.title": "{{deck}} · Tarjeta {{n}}/{{of}}",
  "card.showsAt": "respuesta visible para todos {{when}}",
  "card.revealAnswer": "Ver respuesta",
  "card.showAll": "Mostrar a todos (anfitrión)",
  "card.footer": "Primero recuerda la respuesta; luego revélala y califícate.",
  "card.answerStatus": "respuesta",
  "card.again": "Otra vez",
  "card.hard": "Difícil",
  "card.good": "Bien",
  "card.easy": "Fácil",
  "typed.footerPublic": "Cada persona escribe en privado; solo cuenta la primera respuesta.",
  "typed.alsoAccepted": "También se acepta",
  "typed.right": "Acertaron",
  "typed.rightOf": "{{right}} de {{answered}}",

  // explain prompts
  "explain.title": "{{deck}} · Explícalo",
  "explain.instructions":
    "Explícalo con tus propias palabras (en voz alta, en papel o en el chat) y luego evalúate.",
  "explain.shownAt": "respuesta modelo visible {{when}}",
  "explain.check": "Evalúate",
  "explain.pick": "Marca cada concepto que cubrió tu explicación:",
  "explain.placeholder": "Conceptos que cubriste",
  "explain.modelAnswer": "Respuesta modelo",
  "explain.revisit": "Conceptos que repasar",
  "explain.concepts": "Conceptos clave",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: "El mazo «{{deck}}» no tiene preguntas. Prueba con otro mazo u otro modo.",
  deckEmptyFor_easy: "El mazo «{{deck}}» no tiene preguntas fáciles. Prueba con otra dificultad u otro mazo.",
  deckEmptyFor_medium:
    "El mazo «{{deck}}» no tiene preguntas de dificultad media. Prueba con otra dificultad u otro mazo.",
  deckEmptyFor_hard:
    "El mazo «{{deck}}» no tiene preguntas difíciles. Prueba con otra dificultad u otro mazo.",
  deckEmptyFor_cards: "El mazo «{{deck}}» no tiene tarjetas. Prueba con otro mazo u otro modo.",
  deckEmptyFor_prompts:
    "El mazo «{{deck}}» no tiene consignas para explicar. Prueba con otro mazo u otro modo.",
  deckEmptyFor_due: "En «{{deck}}» no hay nada pendiente de repaso ahora mismo.",
  channelBusyUnknown:
    "Ya hay una ronda en curso en este canal. Espera a que termine o pide a un moderador que la detenga con `/stop`.",
  stoppedByPlayer: "⏹️ Ronda detenida por quien la jugaba.",
  "round.next": "Siguiente",
  "round.seeResults": "Ver resultados",
  "level.beginner": "básico",
  "level.intermediate": "intermedio",
  "level.advanced": "avanzado",
  "roundMode.practice": "práctica",
  "roundMode.typedPractice": "práctica con respuesta escrita",
  "roundMode.test": "examen",
  "roundMode.recall": "tarjetas",
  "roundMode.typedRecall": "tarjetas con respuesta escrita",
  "roundMode.explain": "explicación",
  "roundMode.review": "repaso",
  "permission.viewChannel": "Ver canal",
  "permission.sendMessages": "Enviar mensajes",
  "permission.embedLinks": "Insertar enlaces",
  importWarningsTitle: "Avisos ({{n}})",
  deckNotSaved: "Mazo no guardado",
  deckCounts:
    "{{cards}} · {{questions}} (fácil: {{easy}}, media: {{medium}}, difícil: {{hard}}) · {{prompts}}",
  "deckList.addedBy": "añadido por {{user}} {{when}}",
  "deckList.footer":
    "Página {{page}}/{{pages}} · 📘 incluido · 📗 de este servidor · juega uno con /practice",
  "deckList.previous": "Anterior",
  "deckList.next": "Siguiente",
  "deckInfo.id": "Id",
  "deckInfo.tags": "Etiquetas",
  "deckInfo.noTags": "ninguna",
  "deckInfo.source": "Origen",
  "deckInfo.addedBy": "Añadido por {{user}} {{when}}",
  "deckInfo.builtIn": "Incluido",
  "config.title": "⚙️ Ajustes del quiz",
  "config.questions": "Preguntas por ronda",
  "config.timer": "Segundos por pregunta",
  "config.timezone": "Zona horaria",
  "config.starters": "Quién puede iniciar rondas",
  "config.everyone": "todos",
  "config.moderators": "Moderadores del quiz",
  "config.moderatorsRole": "{{role}} y Gestionar servidor",
  "config.manageServer": "Gestionar servidor",
  "config.pictures": "Imágenes",
  "config.picturesOn": "sí",
  "config.picturesOff": "no (solo texto)",
  "config.language": "Idioma",
  "config.footer":
    "Cámbialos con /config set. La zona horaria se usa para las rachas diarias y las semanas de la clasificación.",
  "dailyStatus.status": "Estado",
  "dailyStatus.nextPost": "Próxima publicación",
  "dailyStatus.time": "Todos los días a las",
  "dailyStatus.channel": "Canal",
  "dailyStatus.deck": "Mazo",
  "dailyStatus.questions": "Preguntas por día",
  reminderServerUnknown: "tu servidor",
  "stats.points": "Puntos",
  "stats.accuracy": "Precisión",
  "stats.accuracyValue": "{{percent}} % ({{correct}}/{{answered}})",
  "stats.accuracyOverrides_one": "{{percent}} % ({{correct}}/{{answered}}), {{count}} por decisión tuya",
  "stats.accuracyOverrides_many": "{{percent}} % ({{correct}}/{{answered}}), {{count}} por decisión tuya",
  "stats.accuracyOverrides_other": "{{percent}} % ({{correct}}/{{answered}}), {{count}} por decisión tuya",
  "stats.answerStreak": "Racha de aciertos",
  "stats.dailyStreak": "Racha diaria",
  "stats.streakValue": "{{current}} (récord: {{best}})",
  "stats.decksPlayed": "Mazos jugados",
  "stats.reminder": "Recordatorio de repaso",
  "testResult.title": "Resultado del examen: {{deck}}",
  "testResult.strong": "💪 Sólido",
  "testResult.needsWork": "🛠️ Mejorable",
  "testResult.weak": "📚 Débil",
  "testResult.score": "**{{verdict}}**: {{correct}}/{{total}} correctas ({{percent}} %)",
  "testResult.footer": "Sólido ≥ 80 % · mejorable 50–79 % · débil < 50 %. Practica con /practice.",
  "difficulty.easy": "fácil",
  "difficulty.medium": "media",
  "difficulty.hard": "difícil",
  overrideButton: "Tenía razón",

  // problems in an uploaded deck file: `archivo:línea:columna problema ruta: descripción` (the
  // severity word and every sentence below); deck-format words (title:, answer:, typed: true, front,back,
  // '---', file names…) stay in English, as the author must type them. Origins (línea, fila, nota) are
  // all feminine and go without an article, so sentences add «la»: «repite el anverso de la línea 4».
  deckFileError: "error",
  deckFileWarning: "aviso",

  // the file as a whole
  "deckFile.loadBug":
    "no se pudo cargar este archivo ({{detail}}); es un fallo de quizdeck, repórtalo, por favor",
  "deckFile.fileExtension": "los archivos de mazo deben terminar en {{extensions}}",
  "deckFile.badFileName":
    "el id del mazo sale del nombre del archivo, y «{{id}}» no es un id válido: usa de 1 a 32 letras minúsculas, dígitos y '-', empezando por una letra o un dígito. Cambia el nombre del archivo a «{{suggested}}»",
  "deckFile.fileTooBig":
    "el archivo ocupa {{size}} KB; el límite es {{limit}} KB. Divídelo en mazos más pequeños",
  "deckFile.notText":
    "el archivo no es texto UTF-8; un mazo debe ser un archivo de texto YAML o JSON guardado como UTF-8 (parece binario o usa otra codificación)",
  "deckFile.fileEmpty":
    "el archivo está vacío; un mazo necesita una línea title: y al menos una tarjeta, pregunta o consigna",
  "deckFile.fileNotMapping": "el archivo debe ser un mapa de campos (title:, questions:, …), no {{actual}}",

  // what a value is, inside other sentences («debe ser texto, no una lista»)
  "deckFile.aList": "una lista",
  "deckFile.aMapping": "un mapa",
  "deckFile.someText": "texto («{{text}}»)",
  "deckFile.aValue": "{{value}}",

  // YAML
  "deckFile.yaml": "YAML: {{detail}}",
  "deckFile.yamlHint": "YAML: {{detail}}; {{hint}}",
  "deckFile.multipleDocs": "el archivo contiene más de un documento YAML",
  "deckFile.hintQuoteColon":
    'el texto con dos puntos seguidos de un espacio («: ») debe ir entre comillas, p. ej. prompt: "¿Qué significa x: int?"',
  "deckFile.hintQuoteStart":
    "el texto que empieza por uno de estos caracteres debe ir entre comillas: ` @ % | > ' \" [ {",
  "deckFile.hintTabs": "usa espacios para la sangría, no tabuladores",
  "deckFile.hintOneDocument": "un archivo de mazo contiene un solo documento; quita la línea '---' sobrante",
  "deckFile.hintIndent":
    "revisa la sangría: las entradas de una misma lista o de un mismo mapa deben empezar en la misma columna",
  "deckFile.tooManyTokens":
    "el archivo tiene demasiados valores sueltos para un mazo; divídelo en mazos más pequeños",
  "deckFile.tooManyValues": "el archivo contiene más de {{max}} valores; divídelo en mazos más pequeños",
  "deckFile.tooDeep":
    "el anidamiento pasa de {{max}} niveles; un mazo solo necesita 4 (mazo → questions → pregunta → choices). Revisa la sangría",
  "deckFile.tooManyAliases":
    "se usan más de {{max}} alias (*name); los alias que repiten otros alias pueden multiplicarse hasta miles de millones de valores, así que tienen un límite",
  "deckFile.unknownAlias": "alias desconocido *{{name}}; define &{{name}} antes de usarlo",
  "deckFile.selfAlias": "el alias *{{name}} se refiere al valor que lo contiene",
  "deckFile.keyNotText": "los nombres de campo deben ser texto simple, como title",
  "deckFile.duplicateField":
    "campo «{{key}}» repetido: aquí cada campo solo puede aparecer una vez; quita uno de los dos o cámbiale el nombre",

  // fields, as the schema checks them (after the field's path: «title: no puede estar vacío»)
  "deckFile.mustNotBeEmpty": "no puede estar vacío",
  "deckFile.missingInDeck": "falta un campo obligatorio; añade {{field}}: al mazo",
  "deckFile.missingInCard": "falta un campo obligatorio; añade {{field}}: a esta tarjeta",
  "deckFile.missingInQuestion": "falta un campo obligatorio; añade {{field}}: a esta pregunta",
  "deckFile.missingInPrompt": "falta un campo obligatorio; añade {{field}}: a esta consigna",
  "deckFile.mustBeText": "debe ser texto, no {{actual}}",
  "deckFile.mustBeList": "debe ser una lista (un «- item» por línea), no {{actual}}",
  "deckFile.mustBeMapping": "debe ser un mapa de campos (líneas clave: valor), no {{actual}}",
  "deckFile.notAllowed": "«{{value}}» no está permitido; usa uno de estos valores: {{allowed}}",
  "deckFile.unknownFieldGuess": "campo desconocido «{{key}}»; ¿querías decir «{{guess}}»?",
  "deckFile.unknownFieldList": "campo desconocido «{{key}}»; campos permitidos: {{allowed}}",
  "deckFile.withSize": "{{problem}} (tiene {{size}})",
  "deckFile.textTooLong": "debe tener como máximo {{max}} caracteres",
  "deckFile.badItemId": "el id debe tener de 1 a 40 caracteres: letras minúsculas, dígitos, '-' o '_'",
  "deckFile.mustBeBoolean": "debe ser true o false",
  "deckFile.tooManyAlternatives": "admite como máximo {{max}} entradas",
  "deckFile.badCodeLanguage": "el lenguaje debe ser una etiqueta corta de bloque de código, como python",
  "deckFile.tooFewChoices": "necesita al menos {{min}} opciones",
  "deckFile.tooManyChoices": "admite como máximo {{max}} opciones",
  "deckFile.tooManySteps": "admite como máximo {{max}} pasos",
  "deckFile.tooManyMistakes": "admite como máximo {{max}} errores frecuentes",
  "deckFile.noConcepts": "necesita al menos 1 concepto",
  "deckFile.tooManyConcepts": "admite como máximo {{max}} conceptos",
  "deckFile.tooManyTags": "admite como máximo {{max}} etiquetas",
  "deckFile.badDeckLanguage": "el idioma debe ser una etiqueta de idioma, como es, en o pt-BR",

  // checks across fields and items (the linter)
  "deckFile.noItems": "el mazo no tiene tarjetas, preguntas ni consignas; añade al menos una",
  "deckFile.tooManyItems":
    "el mazo tiene {{total}} elementos; el límite es {{limit}}. Divídelo en varios mazos",
  "deckFile.duplicateId": "el id «{{id}}» también lo usa {{where}}; cada elemento necesita su propio id",
  "deckFile.duplicateIdFromFront":
    "el id «{{id}}» (derivado del texto de front:) también lo usa {{where}}; si es un elemento repetido, quítalo; si no, añade una línea id: a uno de los dos",
  "deckFile.duplicateIdFromPrompt":
    "el id «{{id}}» (derivado del texto de prompt:) también lo usa {{where}}; si es un elemento repetido, quítalo; si no, añade una línea id: a uno de los dos",
  "deckFile.acceptRepeatsAnswer":
    "«{{text}}» repite la respuesta, que ya se acepta de por sí; quita esa entrada",
  "deckFile.rejectIsAccepted":
    "«{{text}}» también es una respuesta aceptada; una confusión habitual debe ser distinta de todas las respuestas aceptadas",
  "deckFile.alternativesUntyped":
    "accept: y reject: solo se aplican a las rondas con respuesta escrita, y una respuesta de más de {{max}} caracteres solo se responde por escrito si está marcada con typed: true",
  "deckFile.choiceRepeats":
    "la opción «{{choice}}» repite «{{earlier}}» (sin contar mayúsculas ni espacios); haz que todas las opciones sean distintas",
  "deckFile.answerIsLetter":
    "la respuesta debe coincidir con una de las opciones; «{{answer}}» parece una letra, pero la respuesta es el texto de la opción, no su letra, porque las opciones se barajan; escribe el texto de la opción correcta",
  "deckFile.answerIsLetterMeant":
    'la respuesta debe coincidir con una de las opciones; «{{answer}}» parece una letra, pero la respuesta es el texto de la opción, no su letra, porque las opciones se barajan; si te referías a la opción {{letter}}, escribe answer: "{{meant}}"',
  "deckFile.answerNotAChoice":
    "la respuesta debe coincidir con una de las opciones; la más parecida: «{{closest}}»",
  "deckFile.letterReference":
    "«{{letter}}» se refiere a una opción por su letra, pero las opciones se barajan para cada jugador; nombra la opción por su texto",
  "deckFile.orderDependent":
    "«{{phrase}}» depende del orden de las opciones, pero se barajan; escribe «{{instead}}» en su lugar",

  // where an item came from, alone («línea 4: el anverso está vacío») or after «la» («de la línea 4»)
  "deckFile.originLine": "línea {{n}}",
  "deckFile.originRow": "fila {{n}}",
  "deckFile.originNote": "nota {{id}}",
  "deckFile.originLineCloze": "línea {{n}} (c{{c}})",
  "deckFile.originNoteCloze": "nota {{id}} (c{{c}})",

  // the format, after «Formato: »
  "deckFile.formatCsv": "CSV/TSV con fila de encabezados",
  "deckFile.formatQuizlet": "exportación de Quizlet (un término y su definición por línea)",
  "deckFile.formatAnkiText": "notas de Anki en texto plano",
  "deckFile.formatApkg": "paquete de Anki (.apkg)",
  "deckFile.formatCsvTab": "CSV con fila de encabezados (separado por tabuladores)",
  "deckFile.formatCsvComma": "CSV con fila de encabezados (separado por comas)",
  "deckFile.formatCsvSemicolon": "CSV con fila de encabezados (separado por punto y coma)",
  "deckFile.formatQuizletTabLines":
    "exportación de Quizlet (tabulador entre término y definición, una fila por línea)",
  "deckFile.formatQuizletTabSemicolons":
    "exportación de Quizlet (tabulador entre término y definición, filas separadas por punto y coma)",
  "deckFile.formatQuizletCommaLines":
    "exportación de Quizlet (coma entre término y definición, una fila por línea)",
  "deckFile.formatQuizletCommaSemicolons":
    "exportación de Quizlet (coma entre término y definición, filas separadas por punto y coma)",
  "deckFile.formatAnkiTextTabHtmlOn":
    "notas de Anki en texto plano (separadas por tabuladores, HTML activado)",
  "deckFile.formatAnkiTextTabHtmlOff":
    "notas de Anki en texto plano (separadas por tabuladores, HTML desactivado)",
  "deckFile.formatAnkiTextCommaHtmlOn": "notas de Anki en texto plano (separadas por comas, HTML activado)",
  "deckFile.formatAnkiTextCommaHtmlOff":
    "notas de Anki en texto plano (separadas por comas, HTML desactivado)",
  "deckFile.formatAnkiTextSemicolonHtmlOn":
    "notas de Anki en texto plano (separadas por punto y coma, HTML activado)",
  "deckFile.formatAnkiTextSemicolonHtmlOff":
    "notas de Anki en texto plano (separadas por punto y coma, HTML desactivado)",
  "deckFile.formatAnkiTextSpaceHtmlOn":
    "notas de Anki en texto plano (separadas por espacios, HTML activado)",
  "deckFile.formatAnkiTextSpaceHtmlOff":
    "notas de Anki en texto plano (separadas por espacios, HTML desactivado)",
  "deckFile.formatAnkiTextPipeHtmlOn":
    "notas de Anki en texto plano (separadas por barras verticales, HTML activado)",
  "deckFile.formatAnkiTextPipeHtmlOff":
    "notas de Anki en texto plano (separadas por barras verticales, HTML desactivado)",
  "deckFile.formatAnkiTextColonHtmlOn":
    "notas de Anki en texto plano (separadas por dos puntos, HTML activado)",
  "deckFile.formatAnkiTextColonHtmlOff":
    "notas de Anki en texto plano (separadas por dos puntos, HTML desactivado)",
  "deckFile.formatAnkiTextOtherHtmlOn":
    "notas de Anki en texto plano (separadas por «{{separator}}», HTML activado)",
  "deckFile.formatAnkiTextOtherHtmlOff":
    "notas de Anki en texto plano (separadas por «{{separator}}», HTML desactivado)",
  "deckFile.formatApkgCurrent": "paquete de Anki (estructura actual de Anki, collection.anki21b)",
  "deckFile.formatApkgAnki21": "paquete de Anki (estructura de Anki 2.1, collection.anki21)",
  "deckFile.formatApkgLegacy": "paquete de Anki (estructura antigua, collection.anki2)",

  // why one row or note was skipped, after its origin («línea 4: …»)
  "deckFile.frontQuestionEmpty": "falta el anverso o la pregunta",
  "deckFile.backAnswerEmpty": "falta el reverso o la respuesta",
  "deckFile.badDifficulty": "la dificultad «{{difficulty}}» no es ninguna de estas: easy, medium, hard",
  "deckFile.quizletNoTab": "no hay tabulador entre el término y la definición",
  "deckFile.quizletNoComma": "no hay coma entre el término y la definición",
  "deckFile.termEmpty": "el término está vacío",
  "deckFile.definitionEmpty": "la definición está vacía",
  "deckFile.frontEmpty": "el anverso está vacío",
  "deckFile.backEmpty": "el reverso está vacío",
  "deckFile.mediaOnly": "solo tiene imágenes o sonidos, que todavía no se pueden mostrar",
  "deckFile.clozeWithoutDeletion": "una nota Cloze sin ningún hueco {{example}}",
  "deckFile.clozeDeletionEmpty": "el hueco está vacío",
  "deckFile.noteOneField": "la nota solo tiene un campo; una tarjeta necesita anverso y reverso",
  "deckFile.sameFrontAs": "repite el anverso de la {{first}}",
  "deckFile.sameQuestionAs": "repite la pregunta de la {{first}}",
  "deckFile.fieldTooLong": "{{field}} debe tener como máximo {{max}} caracteres (tiene {{size}})",
  "deckFile.fieldEmpty": "{{field}} no puede estar vacío",
  "deckFile.fieldTooFewChoices": "{{field}} necesita al menos {{min}} opciones",
  "deckFile.fieldTooManyChoices": "{{field}} admite como máximo {{max}} opciones",
  "deckFile.itemDoesNotFit": "no encaja en el formato de los mazos",

  // the whole file is refused
  "deckFile.uploadNotText":
    "el archivo no es texto UTF-8; un mazo debe ser un archivo de texto guardado como UTF-8 (parece binario o usa otra codificación)",
  "deckFile.importBug":
    "no se pudo importar este archivo ({{detail}}); es un fallo de quizdeck, repórtalo, por favor",
  "deckFile.htmlTooDeep":
    "el HTML tiene más de {{max}} niveles de anidamiento; el archivo parece dañado o malicioso",
  "deckFile.noCardsOrQuestions": "el archivo no tiene tarjetas ni preguntas",
  "deckFile.allSkipped":
    "no se pudo importar ninguna tarjeta ni pregunta; omitidas: {{count}} (la primera, en la {{from}}: {{reason}})",
  "deckFile.tooManyCardsAndQuestions":
    "el archivo genera {{count}} tarjetas y preguntas; el límite es {{max}} por mazo. Divídelo en varios archivos",
  "deckFile.notAFile": "no es un archivo",
  "deckFile.fileNotFound": "no se encontró el archivo",
  "deckFile.fileUnreadable": "no se pudo leer el archivo ({{detail}})",

  // text files (CSV, Quizlet, Anki text): rows
  "deckFile.tooManyRows":
    "el archivo tiene más de {{max}} filas; el límite es {{max}}. Divídelo en archivos más pequeños",
  "deckFile.rowTooLong":
    "una fila tiene más de {{max}} KB de texto, y una tarjeta tiene como mucho unos cientos de caracteres. Revisa las comillas cerca de esta línea",
  "deckFile.quoteNotClosed":
    'un campo entre comillas no se cierra nunca: unas comillas (") abren un campo que llega hasta el final del archivo',
  "deckFile.quoteNotDoubled": 'unas comillas (") dentro de un campo entre comillas deben ir duplicadas ("")',
  "deckFile.rowsUnreadable": "no se pudieron leer las filas: {{detail}}",
  "deckFile.rowsUnreadableOther": "no se pudieron leer las filas ({{detail}})",
  "deckFile.csvNoHeader":
    "la primera fila debe dar nombre a las columnas: front (o term, question, prompt) y back (o definition, answer); opcionales: wrong1..wrongN o choices, explanation, hint, difficulty, tags",
  "deckFile.notQuizlet":
    "esto no parece una exportación de Quizlet: en {{unsplit}} de {{lines}} líneas no hay tabulador ni coma entre el término y su definición. Si es un CSV, pon los nombres de las columnas en la primera fila (front,back)",
  "deckFile.ankiHeaderColumn": "#{{key}}: debe ser un número de columna a partir de 1, no «{{value}}»",
  "deckFile.ankiHeaderSeparator":
    "#separator: «{{value}}» no es un solo carácter ni un nombre (Tab, Comma, Semicolon, Space, Pipe, Colon)",

  // Anki packages: the zip
  "deckFile.notZip": "este archivo no es un ZIP, así que no es un paquete de Anki (.apkg)",
  "deckFile.packageTooLarge":
    "el paquete ocupa {{size}} MB; el límite es {{max}} MB. Exporta menos notas o expórtalo sin multimedia",
  "deckFile.packageUnpacksTooLarge":
    "descomprimido, el paquete ocupa más de {{max}} MB; el límite es {{max}} MB",
  "deckFile.packageTooManyFiles": "el paquete tiene más de {{max}} archivos; el límite es {{max}}",
  "deckFile.packageUnsafeEntry": "el paquete contiene {{entry}}; no es un paquete creado por Anki",
  "deckFile.entryNameEmptyOrLong": "una entrada con un nombre vacío o demasiado largo",
  "deckFile.entryNameControl": "una entrada llamada «{{name}}» (caracteres de control o barras invertidas)",
  "deckFile.entryNameAbsolute": "una entrada con una ruta absoluta («{{name}}»)",
  "deckFile.entryNameOutside": "una entrada que apunta fuera del archivo comprimido («{{name}}»)",
  "deckFile.entryCompression": "«{{name}}» usa un método de compresión que Anki no usa ({{method}})",
  "deckFile.packageDamaged": "el paquete está dañado ({{detail}}); vuelve a exportarlo desde Anki",
  // … the collection in it
  "deckFile.noCollection":
    "el paquete no contiene ninguna colección de Anki (collection.anki2, .anki21 o .anki21b); vuelve a exportar el mazo desde Anki",
  "deckFile.notZstd":
    "collection.anki21b no contiene datos comprimidos con zstd; el paquete está dañado. Vuelve a exportarlo desde Anki",
  "deckFile.collectionUnreadable":
    "la colección del paquete no es una base de datos de Anki legible ({{detail}}); vuelve a exportar el mazo desde Anki",
  "deckFile.notACollection":
    "la base de datos del paquete no es una colección de Anki (no tiene notas ni tipos de nota); vuelve a exportar el mazo desde Anki",
  "deckFile.tooManyNotes":
    "el paquete tiene {{count}} notas; el límite es {{max}}. Exporta un mazo más pequeño o un submazo",
  "deckFile.noteTooLong":
    "la nota {{id}} tiene {{size}} KB de texto; el límite es {{max}} KB por nota. La colección parece dañada o maliciosa",
  "deckFile.noteNoFields": "la nota {{id}} no tiene campos; la colección parece dañada",
  "deckFile.noteTooManyFields":
    "la nota {{id}} tiene {{count}} campos; las notas de Anki tienen como máximo {{max}}. La colección parece dañada o maliciosa",
  "deckFile.noteHtmlTooDeep":
    "nota {{id}}: el HTML tiene más de {{max}} niveles de anidamiento; la colección parece dañada o maliciosa",
  "deckFile.noNoteTypes":
    "la colección del paquete no tiene tipos de nota; vuelve a exportar el mazo desde Anki",
  "deckFile.noteTypesNotJson": "los tipos de nota del paquete no son JSON válido; la colección está dañada",
  // the attachment, before and while it is downloaded
  "deckFile.notADeckFile":
    "«{{name}}» no es un archivo de mazo: sube un mazo .yaml, .yml o .json, un .csv/.tsv, una exportación .txt de Quizlet o Anki, o un paquete .apkg de Anki.",
  "deckFile.uploadTooBig":
    "«{{name}}» ocupa {{size}}; el límite es {{limit}}. Divídelo en mazos más pequeños.",
  "deckFile.uploadedNotAsPackage":
    "«{{name}}» se subió como {{type}}, no como paquete de Anki. Sube el archivo en sí.",
  "deckFile.uploadedNotAsText": "«{{name}}» se subió como {{type}}, no como texto. Sube el archivo en sí.",
  "deckFile.noAddress": "Ese archivo adjunto no tiene una dirección válida. Vuelve a subir el archivo.",
  "deckFile.notFromDiscord": "Solo descargo archivos adjuntos de Discord. Vuelve a subir el archivo.",
  "deckFile.fetchStatus": "Discord respondió {{status}} al descargar «{{name}}». Vuelve a subirlo.",
  "deckFile.servedNotAsPackage": "«{{name}}» llega como {{type}}, no como paquete de Anki.",
  "deckFile.servedNotAsText": "«{{name}}» llega como {{type}}, no como texto.",
  "deckFile.downloadTooBig": "«{{name}}» ocupa más de {{limit}}. Divídelo en mazos más pequeños.",
  "deckFile.downloadSlow": "Descargar «{{name}}» tardó más de {{seconds}} s. Inténtalo de nuevo.",
  "deckFile.downloadFailed": "No pude descargar «{{name}}» ({{detail}}). Inténtalo de nuevo.",
  "deckFile.downloadFailedNetwork": "No pude descargar «{{name}}» (error de red). Inténtalo de nuevo.",
};
