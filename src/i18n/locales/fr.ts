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

  // problems in an uploaded deck file: `fichier:ligne:colonne erreur chemin: problème`. Deck-format
  // words (title:, answer:, typed: true, front,back, *name…) stay in English: the author types them.
  deckFileError: "erreur",
  deckFileWarning: "avertissement",
  // the file as a whole
  "deckFile.loadBug":
    "impossible de charger ce fichier ({{detail}}) ; c’est un bug de quizdeck, merci de le signaler",
  "deckFile.fileExtension": "un fichier de paquet doit avoir l’une de ces extensions : {{extensions}}",
  "deckFile.badFileName":
    "l’identifiant du paquet vient du nom du fichier, et « {{id}} » n’est pas un identifiant valide : utilise de 1 à 32 lettres minuscules sans accent, chiffres et « - », en commençant par une lettre ou un chiffre. Renomme le fichier en « {{suggested}} »",
  "deckFile.fileTooBig":
    "le fichier fait {{size}} Ko ; la limite est de {{limit}} Ko. Découpe-le en paquets plus petits",
  "deckFile.notText":
    "le fichier n’est pas du texte UTF-8 ; un paquet doit être un fichier texte YAML ou JSON enregistré en UTF-8 (celui-ci semble binaire ou utilise un autre encodage)",
  "deckFile.fileEmpty":
    "le fichier est vide ; un paquet doit avoir un champ title: et au moins une carte, une question ou une consigne",
  "deckFile.fileNotMapping":
    "le fichier doit être un ensemble de champs (title:, questions:, …), pas {{actual}}",
  // what a value is, inserted after « pas » (« doit être du texte, pas une liste »)
  "deckFile.aList": "une liste",
  "deckFile.aMapping": "un ensemble de champs",
  "deckFile.someText": "du texte (« {{text}} »)",
  "deckFile.aValue": "{{value}}",
  // YAML
  "deckFile.yaml": "YAML : {{detail}}",
  "deckFile.yamlHint": "YAML : {{detail}} ; {{hint}}",
  "deckFile.multipleDocs": "le fichier contient plus d’un document YAML",
  "deckFile.hintQuoteColon":
    'un texte qui contient « : » (deux-points suivi d’une espace) doit être mis entre guillemets droits, par ex. prompt: "Que veut dire x: int ?"',
  "deckFile.hintQuoteStart":
    "un texte qui commence par l’un des caractères ` @ % | > ' \" [ { doit être mis entre guillemets droits",
  "deckFile.hintTabs": "indente avec des espaces, pas avec des tabulations",
  "deckFile.hintOneDocument":
    "un fichier de paquet contient un seul document ; supprime la ligne « --- » en trop",
  "deckFile.hintIndent":
    "vérifie l’indentation : les éléments d’une même liste ou d’un même ensemble de champs doivent commencer à la même colonne",
  "deckFile.tooManyTokens":
    "le fichier contient trop de valeurs distinctes pour un paquet ; découpe-le en paquets plus petits",
  "deckFile.tooManyValues": "le fichier contient plus de {{max}} valeurs ; découpe-le en paquets plus petits",
  "deckFile.tooDeep":
    "l’imbrication dépasse {{max}} niveaux ; un paquet n’en a besoin que de 4 (paquet → questions → question → choix). Vérifie l’indentation",
  "deckFile.tooManyAliases":
    "plus de {{max}} alias (*name) sont utilisés ; des alias qui en répètent d’autres peuvent se démultiplier jusqu’à des milliards de valeurs, leur nombre est donc limité",
  "deckFile.unknownAlias": "alias *{{name}} inconnu ; définis &{{name}} avant de l’utiliser",
  "deckFile.selfAlias": "l’alias *{{name}} renvoie à la valeur qui le contient",
  "deckFile.keyNotText": "les noms de champ doivent être du texte simple, comme title",
  "deckFile.duplicateField":
    "champ « {{key}} » en double : chaque champ ne peut apparaître qu’une fois ici ; supprime ou renomme l’un d’eux",
  // fields, as the schema checks them (after the field's path: « title: ne doit pas être vide »)
  "deckFile.mustNotBeEmpty": "ne doit pas être vide",
  "deckFile.missingInDeck": "champ obligatoire manquant ; ajoute {{field}}: au paquet",
  "deckFile.missingInCard": "champ obligatoire manquant ; ajoute {{field}}: à cette carte",
  "deckFile.missingInQuestion": "champ obligatoire manquant ; ajoute {{field}}: à cette question",
  "deckFile.missingInPrompt": "champ obligatoire manquant ; ajoute {{field}}: à cette consigne",
  "deckFile.mustBeText": "doit être du texte, pas {{actual}}",
  "deckFile.mustBeList": "doit être une liste (un « - item » par ligne), pas {{actual}}",
  "deckFile.mustBeMapping": "doit être un ensemble de champs (des lignes « clé: valeur »), pas {{actual}}",
  "deckFile.notAllowed": "« {{value}} » n’est pas autorisé ; utilise l’une de ces valeurs : {{allowed}}",
  "deckFile.unknownFieldGuess": "champ « {{key}} » inconnu ; voulais-tu dire « {{guess}} » ?",
  "deckFile.unknownFieldList": "champ « {{key}} » inconnu ; champs autorisés : {{allowed}}",
  "deckFile.withSize": "{{problem}} ({{size}} actuellement)",
  "deckFile.textTooLong": "doit faire au plus {{max}} caractères",
  "deckFile.badItemId":
    "l’identifiant doit faire de 1 à 40 caractères : lettres minuscules sans accent, chiffres, « - » ou « _ »",
  "deckFile.mustBeBoolean": "doit valoir true ou false",
  "deckFile.tooManyAlternatives": "accepte au plus {{max}} entrées",
  "deckFile.badCodeLanguage": "le langage doit être une courte étiquette de bloc de code, comme python",
  "deckFile.tooFewChoices": "doit avoir au moins {{min}} choix",
  "deckFile.tooManyChoices": "accepte au plus {{max}} choix",
  "deckFile.tooManySteps": "accepte au plus {{max}} étapes",
  "deckFile.tooManyMistakes": "accepte au plus {{max}} erreurs fréquentes",
  "deckFile.noConcepts": "doit avoir au moins 1 notion",
  "deckFile.tooManyConcepts": "accepte au plus {{max}} notions",
  "deckFile.tooManyTags": "accepte au plus {{max}} étiquettes",
  "deckFile.badDeckLanguage": "la langue doit être un code de langue comme en, fr ou pt-BR",
  // checks across fields and items (the linter)
  "deckFile.noItems": "le paquet n’a aucune carte, question ou consigne ; ajoutes-en au moins une",
  "deckFile.tooManyItems":
    "le paquet compte {{total}} éléments ; la limite est de {{limit}}. Découpe-le en plusieurs paquets",
  "deckFile.duplicateId":
    "l’identifiant « {{id}} » est aussi utilisé par {{where}} ; chaque élément doit avoir son propre identifiant",
  "deckFile.duplicateIdFromFront":
    "l’identifiant « {{id}} » (tiré du texte du recto) est aussi utilisé par {{where}} ; si c’est un doublon, supprime-le, sinon ajoute une ligne id: à l’un d’eux",
  "deckFile.duplicateIdFromPrompt":
    "l’identifiant « {{id}} » (tiré du texte de l’énoncé) est aussi utilisé par {{where}} ; si c’est un doublon, supprime-le, sinon ajoute une ligne id: à l’un d’eux",
  "deckFile.acceptRepeatsAnswer":
    "« {{text}} » reprend la réponse, qui est acceptée de toute façon ; retire cette entrée",
  "deckFile.rejectIsAccepted":
    "« {{text}} » est aussi une réponse acceptée ; une réponse proche mais fausse doit être différente de toutes les réponses acceptées",
  "deckFile.alternativesUntyped":
    "accept: et reject: ne servent qu’aux manches à réponses tapées, et une réponse de plus de {{max}} caractères ne se joue en réponse tapée qu’avec typed: true",
  "deckFile.choiceRepeats":
    "le choix « {{choice}} » répète « {{earlier}} » (sans tenir compte des majuscules ni des espaces) ; fais en sorte que tous les choix soient différents",
  "deckFile.answerIsLetter":
    "la réponse doit être identique à l’un des choix ; « {{answer}} » ressemble à une lettre, mais une réponse est le texte d’un choix, pas une lettre, car les choix sont mélangés ; écris le texte du bon choix",
  "deckFile.answerIsLetterMeant":
    'la réponse doit être identique à l’un des choix ; « {{answer}} » ressemble à une lettre, mais une réponse est le texte d’un choix, pas une lettre, car les choix sont mélangés ; si tu voulais dire le choix {{letter}}, écris answer: "{{meant}}"',
  "deckFile.answerNotAChoice":
    "la réponse doit être identique à l’un des choix ; le plus proche : « {{closest}} »",
  "deckFile.letterReference":
    "« {{letter}} » désigne un choix par sa lettre, mais les choix sont mélangés pour chaque joueur ; désigne plutôt le choix par son texte",
  "deckFile.orderDependent":
    "« {{phrase}} » dépend de l’ordre des choix, or ils sont mélangés ; écris plutôt « {{instead}} »",
  // where an imported item came from, also inserted after « la » (« même recto que la ligne 4 »)
  "deckFile.originLine": "ligne {{n}}",
  "deckFile.originRow": "rangée {{n}}",
  "deckFile.originNote": "note {{id}}",
  "deckFile.originLineCloze": "ligne {{n}} (c{{c}})",
  "deckFile.originNoteCloze": "note {{id}} (c{{c}})",
  // the imported format, after « Format : »
  "deckFile.formatCsv": "CSV/TSV avec une ligne d’en-tête",
  "deckFile.formatQuizlet": "export Quizlet (un terme et sa définition par ligne)",
  "deckFile.formatAnkiText": "notes Anki en texte brut",
  "deckFile.formatApkg": "archive Anki (.apkg)",
  "deckFile.formatCsvTab": "CSV avec une ligne d’en-tête (séparateur : tabulation)",
  "deckFile.formatCsvComma": "CSV avec une ligne d’en-tête (séparateur : virgule)",
  "deckFile.formatCsvSemicolon": "CSV avec une ligne d’en-tête (séparateur : point-virgule)",
  "deckFile.formatQuizletTabLines":
    "export Quizlet (tabulation entre terme et définition, une rangée par ligne)",
  "deckFile.formatQuizletTabSemicolons":
    "export Quizlet (tabulation entre terme et définition, rangées séparées par des points-virgules)",
  "deckFile.formatQuizletCommaLines":
    "export Quizlet (virgule entre terme et définition, une rangée par ligne)",
  "deckFile.formatQuizletCommaSemicolons":
    "export Quizlet (virgule entre terme et définition, rangées séparées par des points-virgules)",
  "deckFile.formatAnkiTextTabHtmlOn": "notes Anki en texte brut (séparateur : tabulation, avec HTML)",
  "deckFile.formatAnkiTextTabHtmlOff": "notes Anki en texte brut (séparateur : tabulation, sans HTML)",
  "deckFile.formatAnkiTextCommaHtmlOn": "notes Anki en texte brut (séparateur : virgule, avec HTML)",
  "deckFile.formatAnkiTextCommaHtmlOff": "notes Anki en texte brut (séparateur : virgule, sans HTML)",
  "deckFile.formatAnkiTextSemicolonHtmlOn":
    "notes Anki en texte brut (séparateur : point-virgule, avec HTML)",
  "deckFile.formatAnkiTextSemicolonHtmlOff":
    "notes Anki en texte brut (séparateur : point-virgule, sans HTML)",
  "deckFile.formatAnkiTextSpaceHtmlOn": "notes Anki en texte brut (séparateur : espace, avec HTML)",
  "deckFile.formatAnkiTextSpaceHtmlOff": "notes Anki en texte brut (séparateur : espace, sans HTML)",
  "deckFile.formatAnkiTextPipeHtmlOn": "notes Anki en texte brut (séparateur : barre verticale, avec HTML)",
  "deckFile.formatAnkiTextPipeHtmlOff": "notes Anki en texte brut (séparateur : barre verticale, sans HTML)",
  "deckFile.formatAnkiTextColonHtmlOn": "notes Anki en texte brut (séparateur : deux-points, avec HTML)",
  "deckFile.formatAnkiTextColonHtmlOff": "notes Anki en texte brut (séparateur : deux-points, sans HTML)",
  "deckFile.formatAnkiTextOtherHtmlOn":
    "notes Anki en texte brut (séparateur : « {{separator}} », avec HTML)",
  "deckFile.formatAnkiTextOtherHtmlOff":
    "notes Anki en texte brut (séparateur : « {{separator}} », sans HTML)",
  "deckFile.formatApkgCurrent": "archive Anki (format actuel d’Anki, collection.anki21b)",
  "deckFile.formatApkgAnki21": "archive Anki (format d’Anki 2.1, collection.anki21)",
  "deckFile.formatApkgLegacy": "archive Anki (ancien format, collection.anki2)",
  // why one row or note was skipped, after its origin (« ligne 4: le recto est vide »)
  "deckFile.frontQuestionEmpty": "le recto ou la question est vide",
  "deckFile.backAnswerEmpty": "le verso ou la réponse est vide",
  "deckFile.badDifficulty": "difficulté « {{difficulty}} » inconnue : utilise easy, medium ou hard",
  "deckFile.quizletNoTab": "pas de tabulation entre le terme et la définition",
  "deckFile.quizletNoComma": "pas de virgule entre le terme et la définition",
  "deckFile.termEmpty": "le terme est vide",
  "deckFile.definitionEmpty": "la définition est vide",
  "deckFile.frontEmpty": "le recto est vide",
  "deckFile.backEmpty": "le verso est vide",
  "deckFile.mediaOnly": "uniquement des images ou des sons, qui ne sont pas encore affichés",
  "deckFile.clozeWithoutDeletion": "une note à trous sans aucun trou {{example}}",
  "deckFile.clozeDeletionEmpty": "le trou est vide",
  "deckFile.noteOneField": "la note n’a qu’un seul champ ; une carte a besoin d’un recto et d’un verso",
  "deckFile.sameFrontAs": "même recto que la {{first}}",
  "deckFile.sameQuestionAs": "même question que la {{first}}",
  "deckFile.fieldTooLong": "{{field}} doit faire au plus {{max}} caractères ({{size}} actuellement)",
  "deckFile.fieldEmpty": "{{field}} ne doit pas être vide",
  "deckFile.fieldTooFewChoices": "{{field}} doit avoir au moins {{min}} choix",
  "deckFile.fieldTooManyChoices": "{{field}} accepte au plus {{max}} choix",
  "deckFile.itemDoesNotFit": "l’élément ne respecte pas le format des paquets",
  // the whole upload is refused
  "deckFile.uploadNotText":
    "le fichier n’est pas du texte UTF-8 ; un paquet doit être un fichier texte enregistré en UTF-8 (celui-ci semble binaire ou utilise un autre encodage)",
  "deckFile.importBug":
    "impossible d’importer ce fichier ({{detail}}) ; c’est un bug de quizdeck, merci de le signaler",
  "deckFile.htmlTooDeep":
    "HTML imbriqué sur plus de {{max}} niveaux ; le fichier semble endommagé ou malveillant",
  "deckFile.noCardsOrQuestions": "le fichier ne contient aucune carte ni question",
  "deckFile.allSkipped":
    "aucune carte ni question n’a pu être importée : tout a été ignoré ({{count}} au total ; premier cas, {{from}} : {{reason}})",
  "deckFile.tooManyCardsAndQuestions":
    "le fichier donne {{count}} cartes et questions ; la limite est de {{max}} par paquet. Découpe-le en plusieurs fichiers",
  "deckFile.notAFile": "ce n’est pas un fichier",
  "deckFile.fileNotFound": "fichier introuvable",
  "deckFile.fileUnreadable": "impossible de lire le fichier ({{detail}})",
  // text files (CSV, Quizlet, Anki text): a row is a line
  "deckFile.tooManyRows":
    "le fichier a plus de {{max}} lignes ; la limite est de {{max}}. Découpe-le en fichiers plus petits",
  "deckFile.rowTooLong":
    "une ligne dépasse {{max}} Ko de texte, alors qu’une carte fait au plus quelques centaines de caractères. Vérifie les guillemets près de cette ligne",
  "deckFile.quoteNotClosed":
    'un champ entre guillemets n’est jamais fermé : un " ouvre un champ qui va jusqu’à la fin du fichier',
  "deckFile.quoteNotDoubled": 'un guillemet (") dans un champ entre guillemets doit être doublé ("")',
  "deckFile.rowsUnreadable": "impossible de lire les lignes : {{detail}}",
  "deckFile.rowsUnreadableOther": "impossible de lire les lignes ({{detail}})",
  "deckFile.csvNoHeader":
    "la première ligne doit nommer les colonnes : front (ou term, question, prompt) et back (ou definition, answer) ; facultatives : wrong1..wrongN ou choices, explanation, hint, difficulty, tags",
  "deckFile.notQuizlet":
    "ceci ne ressemble pas à un export Quizlet : trop de lignes n’ont ni tabulation ni virgule entre un terme et sa définition ({{unsplit}} sur {{lines}}). Pour un CSV, nomme les colonnes sur la première ligne (front,back)",
  "deckFile.ankiHeaderColumn": "#{{key}}: doit être un numéro de colonne à partir de 1, pas « {{value}} »",
  "deckFile.ankiHeaderSeparator":
    "#separator: « {{value}} » n’est ni un caractère unique ni un nom (Tab, Comma, Semicolon, Space, Pipe, Colon)",
  // Anki packages (.apkg): « archive », since « paquet » is the deck
  "deckFile.notZip":
    "ce fichier n’est pas une archive zip, ce ne peut donc pas être une archive Anki (.apkg)",
  "deckFile.packageTooLarge":
    "l’archive fait {{size}} Mo ; la limite est de {{max}} Mo. Exporte moins de notes, ou sans les médias",
  "deckFile.packageUnpacksTooLarge":
    "l’archive décompressée dépasse {{max}} Mo ; la limite est de {{max}} Mo",
  "deckFile.packageTooManyFiles": "l’archive contient plus de {{max}} fichiers ; la limite est de {{max}}",
  "deckFile.packageUnsafeEntry": "l’archive contient {{entry}} ; ce n’est pas une archive créée par Anki",
  "deckFile.entryNameEmptyOrLong": "une entrée au nom vide ou trop long",
  "deckFile.entryNameControl":
    "une entrée nommée « {{name}} » (caractères de contrôle ou barres obliques inverses)",
  "deckFile.entryNameAbsolute": "une entrée au chemin absolu (« {{name}} »)",
  "deckFile.entryNameOutside": "une entrée qui pointe hors de l’archive (« {{name}} »)",
  "deckFile.entryCompression":
    "« {{name}} » utilise une méthode de compression qu’Anki n’utilise pas ({{method}})",
  "deckFile.packageDamaged": "l’archive est endommagée ({{detail}}) ; exporte-la à nouveau depuis Anki",
  "deckFile.noCollection":
    "l’archive ne contient aucune collection Anki (collection.anki2, .anki21 ou .anki21b) ; exporte à nouveau le paquet depuis Anki",
  "deckFile.notZstd":
    "collection.anki21b ne contient pas de données compressées en zstd ; l’archive est endommagée. Exporte-la à nouveau depuis Anki",
  "deckFile.collectionUnreadable":
    "la collection de l’archive n’est pas une base de données Anki lisible ({{detail}}) ; exporte à nouveau le paquet depuis Anki",
  "deckFile.notACollection":
    "la base de données de l’archive n’est pas une collection Anki (elle n’a ni notes ni types de notes) ; exporte à nouveau le paquet depuis Anki",
  "deckFile.tooManyNotes":
    "l’archive contient {{count}} notes ; la limite est de {{max}}. Exporte un paquet plus petit ou un sous-paquet",
  "deckFile.noteTooLong":
    "la note {{id}} contient {{size}} Ko de texte ; la limite est de {{max}} Ko par note. La collection semble endommagée ou malveillante",
  "deckFile.noteNoFields": "la note {{id}} n’a aucun champ ; la collection semble endommagée",
  "deckFile.noteTooManyFields":
    "la note {{id}} a {{count}} champs ; les notes Anki en ont au plus {{max}}. La collection semble endommagée ou malveillante",
  "deckFile.noteHtmlTooDeep":
    "note {{id}} : HTML imbriqué sur plus de {{max}} niveaux ; la collection semble endommagée ou malveillante",
  "deckFile.noNoteTypes":
    "la collection de l’archive n’a aucun type de note ; exporte à nouveau le paquet depuis Anki",
  "deckFile.noteTypesNotJson":
    "les types de notes de l’archive ne sont pas du JSON valide ; la collection est endommagée",
  // the attachment, before and while it is downloaded
  "deckFile.notADeckFile":
    "« {{name}} » n’est pas un fichier de paquet : envoie un paquet .yaml, .yml ou .json, un .csv/.tsv, un export .txt de Quizlet ou d’Anki, ou une archive Anki .apkg.",
  "deckFile.uploadTooBig":
    "« {{name}} » fait {{size}} ; la limite est de {{limit}}. Découpe-le en paquets plus petits.",
  "deckFile.uploadedNotAsPackage":
    "« {{name}} » a été envoyé comme {{type}}, pas comme archive Anki. Envoie le fichier lui-même.",
  "deckFile.uploadedNotAsText":
    "« {{name}} » a été envoyé comme {{type}}, pas comme texte. Envoie le fichier lui-même.",
  "deckFile.noAddress": "Cette pièce jointe n’a pas d’adresse utilisable. Envoie le fichier à nouveau.",
  "deckFile.notFromDiscord":
    "Je ne télécharge que les pièces jointes de Discord. Envoie le fichier à nouveau.",
  "deckFile.fetchStatus":
    "Discord a répondu {{status}} quand j’ai récupéré « {{name}} ». Envoie-le à nouveau.",
  "deckFile.servedNotAsPackage": "« {{name}} » est servi comme {{type}}, pas comme archive Anki.",
  "deckFile.servedNotAsText": "« {{name}} » est servi comme {{type}}, pas comme texte.",
  "deckFile.downloadTooBig": "« {{name}} » dépasse {{limit}}. Découpe-le en paquets plus petits.",
  "deckFile.downloadSlow": "Le téléchargement de « {{name}} » a pris plus de {{seconds}} s. Réessaie.",
  "deckFile.downloadFailed": "Je n’ai pas pu télécharger « {{name}} » ({{detail}}). Réessaie.",
  "deckFile.downloadFailedNetwork": "Je n’ai pas pu télécharger « {{name}} » (erreur réseau). Réessaie.",
};
