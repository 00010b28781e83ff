import type { Catalogue } from "./en.js";

/** French. Terms: docs/i18n/fr.md. Tutoiement, as on Discord; French spacing before ! ? : ;. */
export const fr: Catalogue = {
  "count.days_one": "{{count}} jour",
  "count.days_other": "{{count}} jours",
  "count.days_many": "{{count}} jours",
  "count.items_one": "{{count}} élément",
  "count.items_other": "{{count}} éléments",
  "count.items_many": "{{count}} éléments",
  "count.cards_one": "{{count}} carte",
  "count.cards_other": "{{count}} cartes",
  "count.cards_many": "{{count}} cartes",
  "count.questions_one": "{{count}} question",
  "count.questions_other": "{{count}} questions",
  "count.questions_many": "{{count}} questions",
  "count.prompts_one": "{{count}} consigne",
  "count.prompts_other": "{{count}} consignes",
  "count.prompts_many": "{{count}} consignes",
  "count.problems_one": "{{count}} problème",
  "count.problems_other": "{{count}} problèmes",
  "count.problems_many": "{{count}} problèmes",
  "count.points_one": "{{count}} pt",
  "count.points_other": "{{count}} pts",
  "count.points_many": "{{count}} pts",
  "count.pointsWord_one": "{{count}} point",
  "count.pointsWord_other": "{{count}} points",
  "count.pointsWord_many": "{{count}} points",
  "count.decks_one": "{{count}} paquet",
  "count.decks_other": "{{count}} paquets",
  "count.decks_many": "{{count}} paquets",
  "count.players_one": "{{count}} joueur",
  "count.players_other": "{{count}} joueurs",
  "count.players_many": "{{count}} joueurs",
  "count.warnings_one": "{{count}} avertissement",
  "count.warnings_other": "{{count}} avertissements",
  "count.warnings_many": "{{count}} avertissements",

  genericFailure: "Un problème est survenu de notre côté ; tu n’y es pour rien. Réessaie. (réf. `{{ref}}`)",
  storeUnavailable:
    "Je n’arrive pas à accéder à mon stockage pour l’instant, je n’ai donc pas pu l’enregistrer. Réessaie dans une minute.",
  unknownDeck: "Il n’y a aucun paquet nommé « {{id}} » ici. Utilise `/deck list` pour les voir.",
  cardsTooFewAnswers_backs:
    "Les cartes de « {{deck}} » ne peuvent pas être jouées en QCM : elles n’ont pas assez de versos différents ({{distinct}}), et chaque question a besoin de sa réponse et de 3 mauvaises réponses différentes tirées d’autres cartes. Ajoute des cartes jusqu’à avoir au moins 4 versos différents, ou étudie-les avec `/recall`.",
  cardsTooFewAnswers_fronts:
    "Les cartes de « {{deck}} » ne peuvent pas être jouées en QCM : elles n’ont pas assez de rectos différents ({{distinct}}), et chaque question a besoin de sa réponse et de 3 mauvaises réponses différentes tirées d’autres cartes. Ajoute des cartes jusqu’à avoir au moins 4 rectos différents, ou étudie-les avec `/recall`.",
  channelBusy:
    "Une manche de « {{deck}} » lancée par {{host}} est déjà en cours dans ce salon. Attends qu’elle se termine, ou demande à la personne qui l’a lancée ou à un modérateur de l’arrêter avec `/stop`.",
  settingsCorrupt:
    "Je n’arrive pas à lire les réglages du quiz de ce serveur : pour l’instant, seuls les membres ayant « Gérer le serveur » peuvent lancer des manches. Demande à l’un d’eux d’enregistrer à nouveau les réglages avec `/config set`.",
  settingsCorruptStarters:
    "« Gérer le serveur » uniquement, jusqu’à ce que les réglages soient de nouveau enregistrés (les actuels sont illisibles)",
  notAllowedToStart:
    "Sur ce serveur, seuls les membres ayant le rôle d’animateur du quiz (ou « Gérer le serveur ») peuvent lancer des manches.",
  botMissingPermissions:
    "Je ne peux pas animer de manche dans ce salon : il me faut {{missing}} ici. Demande à un modérateur de corriger mes permissions, ou joue en privé avec `/practice solo: True`.",
  guildOnly: "Cette commande fonctionne sur un serveur, pas en messages privés.",
  roundStarted:
    "{{host}} a lancé une manche {{mode}} sur **{{deck}}** : {{items}}. Réponds avec les boutons !",
  privateRoundReplaced: "(Ta manche privée précédente a été arrêtée.)",

  badButton:
    "Je ne reconnais pas ce bouton. Il vient peut-être d’une ancienne version du bot ; lance une nouvelle manche.",
  roundEnded: "Cette manche est terminée. Lances-en une nouvelle avec `/practice`.",
  questionClosed: "Cette question est fermée ; la réponse est affichée dans le message.",
  notYourButton: "Ce bouton appartient à la manche privée de quelqu’un d’autre.",
  notCurrent: "Cette question n’est plus ouverte.",
  duplicateAnswer: "Tu as déjà répondu **{{letter}}** ; c’est ta première réponse qui compte.",
  answerAlreadyCounted: "Tu as déjà répondu à cette question ; c’est ta première réponse qui compte.",
  correct: "✅ Bonne réponse ! +{{points}}. Série de bonnes réponses : {{streak}}{{fire}}",
  wrong:
    "❌ Pas tout à fait : tu as choisi **{{letter}}**. La réponse sera révélée à la clôture de la question. Ta série de bonnes réponses repart de zéro.",
  wrongSolo: "❌ Pas tout à fait : tu as choisi **{{letter}}** ; la réponse est **{{correctLetter}}**.",
  hint: "💡 Indice : {{hint}}\n*(Utiliser l’indice divise par deux tes points sur cette question.)*",
  noHint: "Pas d’indice pour celle-ci. Fais-toi confiance !",
  onlyHostReveals:
    "Seule la personne qui a lancé la manche (ou un membre ayant « Gérer les messages ») peut révéler la réponse en avance.",
  gradeSaved: "Noté **{{grade}}**. Prochaine révision {{when}}.",
  conceptsResult: "Tu as trouvé **{{got}}/{{total}}** notions.",
  stopDone: "La manche de « {{deck}} » a été arrêtée.",
  stopNone: "Aucune manche n’est en cours dans ce salon.",
  stopNotAllowed:
    "Seule la personne qui a lancé la manche ou un membre ayant « Gérer les messages » peut l’arrêter.",
  restarting: "⏹️ Le bot redémarre, cette manche est donc terminée. Les points déjà gagnés sont enregistrés.",
  interrupted:
    "⏹️ Cette manche a été interrompue par un arrêt inattendu du bot. Les points déjà gagnés sont enregistrés.",
  idleEnded:
    "⏹️ Cette manche privée s’est terminée car personne n’a cliqué depuis longtemps. Lances-en une nouvelle quand tu veux.",
  stoppedBy: "⏹️ Manche arrêtée par {{who}}.",

  typedCorrect: "✅ Bonne réponse{{points}}",
  typedTypo_one: "✅ Acceptée avec {{count}} faute de frappe : « {{typed}} » → {{expected}}{{points}}",
  typedTypo_other: "✅ Acceptée avec {{count}} fautes de frappe : « {{typed}} » → {{expected}}{{points}}",
  typedTypo_many: "✅ Acceptée avec {{count}} fautes de frappe : « {{typed}} » → {{expected}}{{points}}",
  typedPoints: " ! +{{points}}. Série de bonnes réponses : {{streak}}{{fire}}",
  typedWrong:
    "❌ Pas tout à fait. La réponse sera révélée à la clôture de la question. Si tu penses avoir raison, dis-le ci-dessous.",
  typedWrongSolo: "❌ Pas tout à fait : la réponse est **{{expected}}**.",
  typedRejected:
    "❌ Pas tout à fait : c’est une réponse proche, mais connue comme fausse. La réponse sera révélée à la clôture de la question.",
  typedAlready: "Tu as déjà répondu « {{typed}} » ; c’est ta première réponse qui compte.",
  typedModalTitle: "Ta réponse ({{n}}/{{of}})",
  typedModalLabel: "Réponse",
  typedLeftOut_one: " ({{count}} question à réponse longue écartée : elle se joue avec les boutons)",
  typedLeftOut_other: " ({{count}} questions à réponse longue écartées : elles se jouent avec les boutons)",
  typedLeftOut_many: " ({{count}} questions à réponse longue écartées : elles se jouent avec les boutons)",
  noneTypeable:
    "Rien dans « {{deck}} » ne peut se jouer en réponse tapée : toutes les réponses dépassent 60 caractères et aucune n’est marquée `typed: true`. Joue-le avec `/practice mode: choices`.",
  overrideDone:
    "Comptée comme juste pour tes statistiques et ton planning de révision (sur ta parole). Elle ne rapporte aucun point au classement.",
  overrideCardDone: "Comptée comme juste : prochaine révision {{when}}.",
  overrideAlready: "Tu as déjà indiqué que tu avais raison sur celle-ci.",
  overrideNothing:
    "Rien à corriger ici : seule une réponse tapée fausse ou une note « À revoir » peut être comptée comme juste.",

  leaderboardWeek: "🏆 Classement : cette semaine",
  leaderboardAll: "🏆 Classement : depuis toujours",
  leaderboardEmpty: "Pas encore de points. Lance une manche avec `/practice` !",
  yourRank: "Toi : n° {{rank}} sur {{players}} avec {{points}}",
  notRanked: "Tu n’as pas encore de points ici.",
  statsTitle: "📊 Statistiques d’étude",
  cooldown_one: "Tu viens de le demander. Réessaie dans {{count}} seconde.",
  cooldown_other: "Tu viens de le demander. Réessaie dans {{count}} secondes.",
  cooldown_many: "Tu viens de le demander. Réessaie dans {{count}} secondes.",
  deckListTitle: "📚 Paquets",
  deckListEmpty: "Pas encore de paquets.",

  moderatorsOnly:
    "Seuls les membres ayant « Gérer le serveur » ou le rôle de modérateur du quiz de ce serveur peuvent faire cela. Rien n’a été modifié.",
  deckAdded:
    "Paquet `{{id}}` ajouté (**{{title}}**). Tout le monde ici peut maintenant y jouer : `/practice deck:{{id}}`.",
  deckReplaced:
    "Paquet `{{id}}` remplacé (**{{title}}**). Tout le monde ici peut maintenant y jouer : `/practice deck:{{id}}`.",
  deckRejected:
    "`{{file}}` n’a pas été enregistré : {{problems}} à corriger. Vérifie-le en local avec `npm run deck:check -- {{file}}`, ou consulte docs/decks.md.",
  deckExists:
    "Ce serveur a déjà un paquet `{{id}}`. Renvoie-le avec `/deck add replace: True` pour l’écraser, ou renomme le fichier.",
  deckBuiltIn:
    "`{{id}}` est l’identifiant d’un paquet intégré. Renomme ton fichier (le nom du fichier est l’identifiant du paquet).",
  deckLimit: "Ce serveur a atteint sa limite de {{decks}}. Retires-en un d’abord avec `/deck remove`.",
  deckRemoved:
    "Paquet `{{id}}` retiré. Les joueurs conservent les points et l’historique obtenus avec ce paquet.",
  deckNotServers:
    "`{{id}}` ne fait pas partie des paquets envoyés sur ce serveur (les paquets intégrés ne peuvent pas être retirés).",
  uploadBusy: "Trop de paquets envoyés sur ce serveur attendent d’être vérifiés. Réessaie dans une minute.",
  uploadTooSlow:
    "La lecture de `{{file}}` a pris trop de temps (plus de 10 s) : rien n’a été enregistré. Découpe-le en fichiers plus petits et envoie-les un par un.",
  uploadCrashed:
    "Je n’ai pas pu lire `{{file}}` (il demande plus de mémoire qu’un envoi ne peut en utiliser, ou il est endommagé), rien n’a donc été enregistré. Exporte-le à nouveau, ou découpe-le en fichiers plus petits.",
  importFormat: "Format : {{detail}}",
  importSkippedTitle: "Ignorés ({{n}})",
  importSkippedNone: "Rien n’a été ignoré.",
  importPreviewTitle: "Aperçu",
  deckExported: "Voici `{{id}}`. Modifie-le puis renvoie-le avec `/deck add replace: True`.",
  settingsSaved: "Réglages enregistrés. Ils s’appliquent dès la prochaine manche.",
  settingsNothing: "Rien à modifier : choisis au moins une option.",
  badTimezone:
    "« {{tz}} » n’est pas un fuseau horaire que je connais. Utilise un nom IANA comme Europe/Paris, America/Toronto ou UTC.",

  dailyTitle: "📅 Quiz du jour",
  dailyPostSingle:
    "📅 **Question du jour** ({{day}}). Réponds quand tu veux avant la clôture ; elle compte pour ta série quotidienne.",
  dailyPost:
    "📅 **Quiz du jour {{n}}/{{of}}** ({{day}}). Réponds quand tu veux avant la clôture ; il compte pour ta série quotidienne.",
  dailyCorrectToday: "Bonnes réponses du jour",
  dailyNobodyCorrect: "Personne cette fois. Tente ta chance demain !",
  andMore: "et {{n}} autres",
  dailyBadTime:
    "« {{text}} » n’est pas une heure que je comprends. Utilise le format 24 h HH:MM, par ex. 09:00 ou 18:30.",
  dailyBadChannel: "Choisis un salon textuel ou d’annonces pour le quiz du jour.",
  dailyDeckEmpty:
    "Le paquet « {{deck}} » n’a aucune question à choix multiples à poser. Choisis un autre paquet.",
  dailySaved: "Quiz du jour enregistré : il sera publié dans {{channel}} chaque jour à {{time}} ({{tz}}).",
  dailyNone:
    "Ce serveur n’a pas encore de quiz du jour. Un modérateur peut en programmer un avec `/daily set`.",
  dailyOff:
    "Le quiz du jour est désactivé. Les questions déjà publiées se fermeront et leur réponse sera révélée comme prévu. Réactive-le avec `/daily set`.",
  dailyAlreadyOff: "Le quiz du jour est déjà désactivé.",
  dailyNowPosted:
    "Le quiz du jour a été publié dans {{channel}}. Il compte pour aujourd’hui : la publication programmée n’aura donc pas lieu aujourd’hui.",
  dailyNowAlready:
    "Le quiz du jour a déjà été publié aujourd’hui. Le prochain arrivera à l’heure habituelle.",
  dailyNowOff: "Le quiz du jour est désactivé. Active-le d’abord avec `/daily set`.",
  dailyStatusOn: "Activé",
  dailyStatusOff: "Désactivé",
  dailyFooter: "Heures selon le fuseau horaire du serveur ({{tz}}) ; pour le changer : /config set.",
  "dailyDisabled.channel-missing":
    "⚠️ Désactivé par le bot : son salon a été supprimé, ou je ne le vois plus. Choisis un salon avec `/daily set`.",
  "dailyDisabled.no-permission":
    "⚠️ Désactivé par le bot : je n’ai pas le droit de publier dans son salon. Donne-moi « Voir le salon », « Envoyer des messages » et « Intégrer des liens » dans ce salon, puis refais `/daily set`.",
  "dailyDisabled.deck-removed":
    "⚠️ Désactivé par le bot : son paquet a été retiré. Choisis un autre paquet avec `/daily set`.",
  "dailyDisabled.deck-empty":
    "⚠️ Désactivé par le bot : son paquet n’a aucune question à choix multiples. Choisis un autre paquet avec `/daily set`.",
  streakTitle: "🔥 Séries quotidiennes",
  streakYours:
    "Ta série quotidienne : **{{current}}** (record : {{best}}). Réponds à une question aujourd’hui pour la prolonger.",
  streakBoard: "Les plus longues séries en cours ici",
  streakBoardEmpty: "Aucune série en cours pour l’instant. Réponds au quiz du jour pour en commencer une !",

  rolesNeedManageServer:
    "Seuls les membres ayant « Gérer le serveur » peuvent modifier `/config set starter_role` ou `/config set moderator_role` (sinon un modérateur du quiz pourrait nommer tout le monde modérateur). Rien n’a été modifié.",
  youCantPostHere:
    "Tu ne peux pas lancer de manche publique dans ce salon : il te faut toi-même {{missing}} ici. Joue en privé avec `/practice solo: True`, ou demande à un modérateur.",
  dailyYouCantPost:
    "Tu ne peux pas envoyer le quiz du jour dans {{channel}} : il te faut toi-même {{missing}} dans ce salon. Choisis un salon où tu peux publier. Rien n’a été modifié.",

  finishedItems: "Terminé : {{items}}. Beau travail !",
  answeredInAll: "{{spread}} ({{n}} au total)",
  andMoreLine: "…et {{n}} autres.",

  reviewFinished:
    "Tu as révisé {{items}}. Ce que tu as raté reviendra bientôt ; ce que tu savais, plus tard.",
  reviewFinishedAnswered:
    "Tu as révisé {{items}} : {{correct}}/{{answered}} questions justes. Ce que tu as raté reviendra bientôt ; ce que tu savais, plus tard.",
  reviewNothingDue: "Rien à réviser pour l’instant. Prochaine révision {{next}}.",
  reviewNothingYet:
    "Rien à réviser pour l’instant : les questions auxquelles tu réponds et les cartes que tu notes sont planifiées ici. Essaie `/practice` ou `/recall`.",
  reviewNothingInDeck: "Rien à réviser dans {{deck}} pour l’instant.",
  reviewDeckTitle: "Révision : {{deck}}",
  reviewAllTitle: "Révision : ce que tu as raté",
  reminderOn:
    "Rappel de révision activé : un message privé chaque jour à {{time}} ({{tz}}) quand quelque chose est à réviser. Désactive-le avec `/review remind off`. (Je ne peux te joindre que si tes paramètres de confidentialité autorisent les messages des membres de ce serveur.)",
  reminderOff: "Rappel de révision désactivé.",
  reminderAlreadyOff: "Ton rappel de révision est déjà désactivé.",
  reminderBadTime:
    "« {{text}} » n’est pas une heure que je comprends. Utilise le format 24 h HH:MM, par ex. 08:00 ou 19:30.",
  reminderDm: "📚 {{items}} à réviser dans {{deck}} ({{server}}) : /review",
  reminderDmOthers_one:
    "📚 {{items}} à réviser dans {{deck}} et {{count}} autre paquet ({{server}}) : /review",
  reminderDmOthers_other:
    "📚 {{items}} à réviser dans {{deck}} et {{count}} autres paquets ({{server}}) : /review",
  reminderDmOthers_many:
    "📚 {{items}} à réviser dans {{deck}} et {{count}} autres paquets ({{server}}) : /review",
  statsItemsDue: "Éléments à réviser",
  statsNextReview: "Prochaine révision",
  statsNothingScheduled: "rien de prévu",
  statsReminderFailed:
    "⚠️ Ton rappel de révision a été désactivé : je n’ai pas pu t’envoyer de message privé 3 jours de suite. Autorise les messages privés des membres de ce serveur, puis refais `/review remind on`.",

  "image.points": "Points",
  "image.accuracy": "Précision",
  "image.answerStreak": "Série de réponses",
  "image.dailyStreak": "Série quotidienne",
  "image.due": "À réviser",
  "image.best": "record {{n}}",
  "image.last30": "30 derniers jours",
  "image.correct": "justes",
  "image.wrong": "fausses",
  "image.byDifficulty": "Précision par difficulté",
  "image.noAnswers": "aucune réponse",
  "image.forecast": "À réviser, 14 prochains jours",
  "image.today": "aujourd’hui : {{n}}",
  "image.max": "max. {{n}}",
  "image.year": "52 dernières semaines",
  "image.less": "moins",
  "image.more": "plus",
  "image.pts": "{{n}} pts",
  "image.correctOf": "{{c}}/{{n}} justes",
  "image.you": "toi",

  // the question message and its reveal
  "question.title": "{{deck}} · Question {{n}}/{{of}}",
  "question.closes": "se ferme {{when}}",
  "question.noTimer": "prends ton temps",
  "question.closed": "fermée",
  "question.easy": "🟢 facile",
  "question.medium": "🟡 moyenne",
  "question.hard": "🔴 difficile",
  "question.hint": "Indice",
  "question.reveal": "Révéler (hôte)",
  "question.footerSolo": "Manche privée : elle n’est visible que par toi.",
  "question.footerPublic": "Une réponse par personne ; seul ton premier clic compte.",
  "question.answer": "Réponse",
  "question.why": "Pourquoi",
  "question.steps": "Étapes de la solution",
  "question.mistakes": "Erreurs fréquentes",
  "question.answers": "Réponses",
  "question.nobody": "Personne n’a répondu.",
  "question.fastest": "Trouvé en premier",
  "question.fastestValue": "{{user}} en {{seconds}} s",

  // the round's summary
  "summary.title": "Manche terminée : {{deck}}",
  "summary.nobody": "Personne n’a répondu cette fois.",
  "summary.score": "{{points}} ({{correct}}/{{answered}} justes)",
  "summary.streak": " · série {{before}} → {{after}}",
  "summary.footer": "Qui mène sur ce serveur : /leaderboard ; tes statistiques : /stats.",

  // recall cards and typed answers
  "card.title": "{{deck}} · Carte {{n}}/{{of}}",
  "card.showsAt": "réponse montrée à tous {{when}}",
  "card.revealAnswer": "Voir la réponse",
  "card.showAll": "Montrer à tous (hôte)",
  "card.footer": "Essaie d’abord de te rappeler la réponse, puis retourne la carte et note-toi.",
  "card.answerStatus": "réponse",
  "card.again": "À revoir",
  "card.hard": "Difficile",
  "card.good": "Correct",
  "card.easy": "Facile",
  "typed.footerPublic": "Chacun tape sa réponse en privé ; seule ta première compte.",
  "typed.alsoAccepted": "Également acceptées",
  "typed.right": "Réponses justes",
  "typed.rightOf": "{{right}} sur {{answered}}",

  // explain prompts
  "explain.title": "{{deck}} · Explique-le",
  "explain.instructions":
    "Explique-le avec tes propres mots (à voix haute, sur papier ou dans le salon), puis auto-évalue-toi.",
  "explain.shownAt": "réponse type montrée {{when}}",
  "explain.check": "M’auto-évaluer",
  "explain.pick": "Coche chaque notion que ton explication a couverte :",
  "explain.placeholder": "Notions couvertes",
  "explain.modelAnswer": "Réponse type",
  "explain.revisit": "Notions à revoir",
  "explain.concepts": "Notions clés",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions:
    "Le paquet « {{deck}} » n’a aucune question. Essaie un autre paquet ou un autre mode.",
  deckEmptyFor_easy:
    "Le paquet « {{deck}} » n’a aucune question facile. Essaie une autre difficulté ou un autre paquet.",
  deckEmptyFor_medium:
    "Le paquet « {{deck}} » n’a aucune question moyenne. Essaie une autre difficulté ou un autre paquet.",
  deckEmptyFor_hard:
    "Le paquet « {{deck}} » n’a aucune question difficile. Essaie une autre difficulté ou un autre paquet.",
  deckEmptyFor_cards: "Le paquet « {{deck}} » n’a aucune carte. Essaie un autre paquet ou un autre mode.",
  deckEmptyFor_prompts:
    "Le paquet « {{deck}} » n’a aucune consigne d’explication. Essaie un autre paquet ou un autre mode.",
  deckEmptyFor_due: "Rien n’est à réviser dans « {{deck}} » pour l’instant.",
  channelBusyUnknown:
    "Une manche est déjà en cours dans ce salon. Attends qu’elle se termine, ou demande à un modérateur de l’arrêter avec `/stop`.",
  stoppedByPlayer: "⏹️ Manche arrêtée par son joueur.",
  "round.next": "Suivant",
  "round.seeResults": "Voir les résultats",
  "level.beginner": "débutant",
  "level.intermediate": "intermédiaire",
  "level.advanced": "avancé",
  "roundMode.practice": "d’entraînement",
  "roundMode.typedPractice": "d’entraînement à réponses tapées",
  "roundMode.test": "de test",
  "roundMode.recall": "de cartes mémoire",
  "roundMode.typedRecall": "de cartes mémoire à réponses tapées",
  "roundMode.explain": "d’explication",
  "roundMode.review": "de révision",
  "permission.viewChannel": "« Voir le salon »",
  "permission.sendMessages": "« Envoyer des messages »",
  "permission.embedLinks": "« Intégrer des liens »",
  importWarningsTitle: "Avertissements ({{n}})",
  deckNotSaved: "Paquet non enregistré",
  deckCounts:
    "{{cards}} · {{questions}} (facile : {{easy}}, moyenne : {{medium}}, difficile : {{hard}}) · {{prompts}}",
  "deckList.addedBy": "ajouté par {{user}} {{when}}",
  "deckList.footer": "Page {{page}}/{{pages}} · 📘 intégré · 📗 de ce serveur · pour en jouer un : /practice",
  "deckList.previous": "Précédent",
  "deckList.next": "Suivant",
  "deckInfo.id": "Identifiant",
  "deckInfo.tags": "Étiquettes",
  "deckInfo.noTags": "aucune",
  "deckInfo.source": "Source",
  "deckInfo.addedBy": "Ajouté par {{user}} {{when}}",
  "deckInfo.builtIn": "Intégré",
  "config.title": "⚙️ Réglages du quiz",
  "config.questions": "Questions par manche",
  "config.timer": "Secondes par question",
  "config.timezone": "Fuseau horaire",
  "config.starters": "Qui peut lancer des manches",
  "config.everyone": "tout le monde",
  "config.moderators": "Modérateurs du quiz",
  "config.moderatorsRole": "{{role}} et « Gérer le serveur »",
  "config.manageServer": "« Gérer le serveur »",
  "config.pictures": "Images",
  "config.picturesOn": "activées",
  "config.picturesOff": "désactivées (texte seul)",
  "config.language": "Langue",
  "config.footer":
    "Pour les modifier : /config set. Le fuseau horaire sert aux séries quotidiennes et aux semaines du classement.",
  "dailyStatus.status": "État",
  "dailyStatus.nextPost": "Prochaine publication",
  "dailyStatus.time": "Chaque jour à",
  "dailyStatus.channel": "Salon",
  "dailyStatus.deck": "Paquet",
  "dailyStatus.questions": "Questions par jour",
  reminderServerUnknown: "ton serveur",
  "stats.points": "Points",
  "stats.accuracy": "Précision",
  "stats.accuracyValue": "{{percent}} % ({{correct}}/{{answered}})",
  "stats.accuracyOverrides_one": "{{percent}} % ({{correct}}/{{answered}}), dont {{count}} sur ta parole",
  "stats.accuracyOverrides_many": "{{percent}} % ({{correct}}/{{answered}}), dont {{count}} sur ta parole",
  "stats.accuracyOverrides_other": "{{percent}} % ({{correct}}/{{answered}}), dont {{count}} sur ta parole",
  "stats.answerStreak": "Série de bonnes réponses",
  "stats.dailyStreak": "Série quotidienne",
  "stats.streakValue": "{{current}} (record : {{best}})",
  "stats.decksPlayed": "Paquets joués",
  "stats.reminder": "Rappel de révision",
  "testResult.title": "Résultat du test : {{deck}}",
  "testResult.strong": "💪 Solide",
  "testResult.needsWork": "🛠️ À retravailler",
  "testResult.weak": "📚 Fragile",
  "testResult.score": "**{{verdict}}** : {{correct}}/{{total}} justes ({{percent}} %)",
  "testResult.footer": "Solide ≥ 80 % · à retravailler 50–79 % · fragile < 50 %. Progresse avec /practice.",
  "difficulty.easy": "facile",
  "difficulty.medium": "moyenne",
  "difficulty.hard": "difficile",
  overrideButton: "J’avais raison",
};
