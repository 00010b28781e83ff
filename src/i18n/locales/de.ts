import type { Catalogue } from "./en.js";

/** German. Terms: docs/i18n/de.md. Informal "du", as Discord itself addresses its users. */
export const de: Catalogue = {
  "count.days_one": "{{count}} Tag",
  "count.days_other": "{{count}} Tage",
  "count.items_one": "{{count}} Eintrag",
  "count.items_other": "{{count}} Einträge",
  "count.cards_one": "{{count}} Karte",
  "count.cards_other": "{{count}} Karten",
  "count.questions_one": "{{count}} Frage",
  "count.questions_other": "{{count}} Fragen",
  "count.prompts_one": "{{count}} Aufgabe",
  "count.prompts_other": "{{count}} Aufgaben",
  "count.problems_one": "{{count}} Fehler",
  "count.problems_other": "{{count}} Fehler",
  "count.points_one": "{{count}} Pkt.",
  "count.points_other": "{{count}} Pkt.",
  "count.pointsWord_one": "{{count}} Punkt",
  "count.pointsWord_other": "{{count}} Punkte",
  "count.decks_one": "{{count}} Stapel",
  "count.decks_other": "{{count}} Stapel",
  "count.players_one": "{{count}} Spieler",
  "count.players_other": "{{count}} Spieler",
  "count.warnings_one": "{{count}} Warnung",
  "count.warnings_other": "{{count}} Warnungen",

  genericFailure:
    "Bei uns ist etwas schiefgelaufen; das lag nicht an dir. Bitte versuch es noch einmal. (Ref. `{{ref}}`)",
  storeUnavailable:
    "Ich erreiche meinen Speicher gerade nicht, deshalb konnte ich das nicht speichern. Bitte versuch es in einer Minute noch einmal.",
  unknownDeck: "Hier gibt es keinen Stapel namens „{{id}}“. Mit `/deck list` siehst du alle Stapel.",
  cardsTooFewAnswers_backs:
    "Die Karten von „{{deck}}“ lassen sich nicht als Multiple Choice spielen: Sie haben nur {{distinct}} verschiedene Rückseiten, und jede Frage braucht ihre Antwort plus 3 verschiedene falsche aus anderen Karten. Füge Karten hinzu, bis es mindestens 4 verschiedene Rückseiten gibt, oder lerne sie mit `/recall`.",
  cardsTooFewAnswers_fronts:
    "Die Karten von „{{deck}}“ lassen sich nicht als Multiple Choice spielen: Sie haben nur {{distinct}} verschiedene Vorderseiten, und jede Frage braucht ihre Antwort plus 3 verschiedene falsche aus anderen Karten. Füge Karten hinzu, bis es mindestens 4 verschiedene Vorderseiten gibt, oder lerne sie mit `/recall`.",
  channelBusy:
    "In diesem Kanal läuft schon eine Runde „{{deck}}“, gestartet von {{host}}. Warte, bis sie vorbei ist, oder bitte die Person, die sie gestartet hat, oder einen Moderator, sie mit `/stop` zu beenden.",
  settingsCorrupt:
    "Ich kann die Quiz-Einstellungen dieses Servers nicht lesen, deshalb dürfen vorerst nur Mitglieder mit „Server verwalten“ Runden starten. Bitte eines dieser Mitglieder, die Einstellungen mit `/config set` neu zu speichern.",
  settingsCorruptStarters:
    "Nur Mitglieder mit „Server verwalten“, bis die Einstellungen neu gespeichert sind (die gespeicherten sind nicht lesbar)",
  notAllowedToStart:
    "Auf diesem Server dürfen nur Mitglieder mit der Quiz-Rolle (oder „Server verwalten“) Runden starten.",
  botMissingPermissions:
    "Ich kann in diesem Kanal keine Runde leiten: Ich brauche hier {{missing}}. Bitte einen Moderator darum oder spiel privat mit `/practice solo: True`.",
  guildOnly: "Dieser Befehl funktioniert nur auf einem Server, nicht in Direktnachrichten.",
  roundStarted: "{{host}} hat eine {{mode}} zu **{{deck}}** gestartet: {{items}}. Antworte mit den Buttons!",
  privateRoundReplaced: "(Deine vorige private Runde wurde beendet.)",

  badButton:
    "Diesen Button kenne ich nicht. Vielleicht stammt er aus einer älteren Version des Bots; starte eine neue Runde.",
  roundEnded: "Diese Runde ist vorbei. Starte eine neue mit `/practice`.",
  questionClosed: "Diese Frage ist geschlossen; die Antwort steht in der Nachricht.",
  notYourButton: "Dieser Button gehört zur privaten Runde von jemand anderem.",
  notCurrent: "Diese Frage ist nicht mehr offen.",
  duplicateAnswer: "Du hast schon **{{letter}}** geantwortet; es zählt deine erste Antwort.",
  answerAlreadyCounted: "Du hast diese Frage schon beantwortet; es zählt deine erste Antwort.",
  correct: "✅ Richtig! +{{points}}. Antwortserie: {{streak}}{{fire}}",
  wrong:
    "❌ Leider nicht: Du hast **{{letter}}** gewählt. Die Auflösung kommt, wenn die Frage schließt. Deine Antwortserie beginnt von vorn.",
  wrongSolo: "❌ Leider nicht: Du hast **{{letter}}** gewählt; richtig ist **{{correctLetter}}**.",
  hint: "💡 Tipp: {{hint}}\n*(Mit dem Tipp bekommst du für diese Frage nur die halbe Punktzahl.)*",
  noHint: "Zu dieser Frage gibt es keinen Tipp. Vertrau dir selbst!",
  onlyHostReveals:
    "Nur wer die Runde gestartet hat (oder ein Mitglied mit „Nachrichten verwalten“) kann vorzeitig auflösen.",
  gradeSaved: "Als **{{grade}}** gespeichert. Nächste Wiederholung {{when}}.",
  conceptsResult: "Du hast **{{got}}/{{total}}** Begriffe abgedeckt.",
  stopDone: "Die Runde „{{deck}}“ wurde beendet.",
  stopNone: "In diesem Kanal läuft keine Runde.",
  stopNotAllowed:
    "Nur wer die Runde gestartet hat oder ein Mitglied mit „Nachrichten verwalten“ kann sie beenden.",
  restarting:
    "⏹️ Der Bot startet neu, deshalb ist diese Runde beendet. Bereits verdiente Punkte sind gespeichert.",
  interrupted:
    "⏹️ Diese Runde wurde unterbrochen, weil der Bot unerwartet ausgefallen ist. Bereits verdiente Punkte sind gespeichert.",
  idleEnded:
    "⏹️ Diese private Runde ist beendet, weil lange niemand etwas angeklickt hat. Starte jederzeit eine neue.",
  stoppedBy: "⏹️ Runde von {{who}} beendet.",

  typedCorrect: "✅ Richtig{{points}}",
  typedTypo_one: "✅ Mit {{count}} Tippfehler akzeptiert: „{{typed}}“ → {{expected}}{{points}}",
  typedTypo_other: "✅ Mit {{count}} Tippfehlern akzeptiert: „{{typed}}“ → {{expected}}{{points}}",
  typedPoints: "! +{{points}}. Antwortserie: {{streak}}{{fire}}",
  typedWrong:
    "❌ Leider nicht. Die Auflösung kommt, wenn die Frage schließt. Wenn du meinst, dass du richtig lagst, sag es mit dem Button unten.",
  typedWrongSolo: "❌ Leider nicht: Richtig ist **{{expected}}**.",
  typedRejected:
    "❌ Leider nicht: Das ist ein bekannter Beinahe-Treffer. Die Auflösung kommt, wenn die Frage schließt.",
  typedAlready: "Du hast schon „{{typed}}“ geantwortet; es zählt deine erste Antwort.",
  typedModalTitle: "Deine Antwort ({{n}}/{{of}})",
  typedModalLabel: "Antwort",
  typedLeftOut_one: " ({{count}} Frage mit langer Antwort ausgelassen: Sie ist zum Anklicken gedacht)",
  typedLeftOut_other: " ({{count}} Fragen mit langen Antworten ausgelassen: Sie sind zum Anklicken gedacht)",
  noneTypeable:
    "In „{{deck}}“ lässt sich nichts eintippen: Jede Antwort ist länger als 60 Zeichen und keine ist mit `typed: true` markiert. Spiel den Stapel mit `/practice mode: choices`.",
  overrideDone:
    "Für deine Statistik und deinen Wiederholungsplan als richtig gezählt (als eigene Angabe markiert). Auf der Bestenliste gibt es dafür keine Punkte.",
  overrideCardDone: "Als richtig gezählt. Nächste Wiederholung {{when}}.",
  overrideAlready: "Du hast bei dieser Frage schon gesagt, dass du richtig lagst.",
  overrideNothing:
    "Hier gibt es nichts zu korrigieren: Nur eine falsch getippte Antwort oder die Bewertung „Nochmal“ kann als richtig gezählt werden.",

  leaderboardWeek: "🏆 Bestenliste: diese Woche",
  leaderboardAll: "🏆 Bestenliste: insgesamt",
  leaderboardEmpty: "Noch keine Punkte. Starte eine Runde mit `/practice`!",
  yourRank: "Du: Platz {{rank}} von {{players}} mit {{points}}",
  notRanked: "Du hast hier noch keine Punkte.",
  statsTitle: "📊 Lernstatistik",
  cooldown_one: "Das hast du gerade erst abgerufen. Versuch es in {{count}} Sekunde noch einmal.",
  cooldown_other: "Das hast du gerade erst abgerufen. Versuch es in {{count}} Sekunden noch einmal.",
  deckListTitle: "📚 Stapel",
  deckListEmpty: "Noch keine Stapel.",

  moderatorsOnly:
    "Das dürfen nur Mitglieder mit „Server verwalten“ oder der Quiz-Moderatorrolle dieses Servers. Es wurde nichts geändert.",
  deckAdded:
    "Stapel `{{id}}` hinzugefügt (**{{title}}**). Alle hier können ihn jetzt spielen: `/practice deck:{{id}}`.",
  deckReplaced:
    "Stapel `{{id}}` ersetzt (**{{title}}**). Alle hier können ihn jetzt spielen: `/practice deck:{{id}}`.",
  deckRejected:
    "`{{file}}` wurde nicht gespeichert: {{problems}} zu beheben. Prüf die Datei lokal mit `npm run deck:check -- {{file}}` oder sieh in docs/decks.md nach.",
  deckExists:
    "Dieser Server hat schon einen Stapel `{{id}}`. Lade ihn mit `/deck add replace: True` erneut hoch, um ihn zu überschreiben, oder benenne die Datei um.",
  deckBuiltIn:
    "`{{id}}` ist die ID eines eingebauten Stapels. Benenne deine Datei um (der Dateiname ist die Stapel-ID).",
  deckLimit:
    "Dieser Server hat schon {{decks}}, mehr sind nicht möglich. Entferne zuerst einen mit `/deck remove`.",
  deckRemoved:
    "Stapel `{{id}}` entfernt. Die Spieler behalten die Punkte und den Verlauf, die sie damit erspielt haben.",
  deckNotServers:
    "`{{id}}` ist keiner der hochgeladenen Stapel dieses Servers (eingebaute Stapel lassen sich nicht entfernen).",
  uploadBusy:
    "Auf diesem Server warten zu viele hochgeladene Stapel auf die Prüfung. Versuch es in einer Minute noch einmal.",
  uploadTooSlow:
    "`{{file}}` hat zu lange zum Einlesen gebraucht (über 10 s), deshalb wurde nichts gespeichert. Teil die Datei auf und lade die Teile einzeln hoch.",
  uploadCrashed:
    "Ich konnte `{{file}}` nicht lesen (die Datei braucht mehr Speicher, als ein Upload nutzen darf, oder sie ist beschädigt), deshalb wurde nichts gespeichert. Exportiere sie neu oder teil sie in kleinere Dateien auf.",
  importFormat: "Format: {{detail}}",
  importSkippedTitle: "Übersprungen ({{n}})",
  importSkippedNone: "Nichts übersprungen.",
  importPreviewTitle: "Vorschau",
  deckExported: "Hier ist `{{id}}`. Bearbeite ihn und lade ihn mit `/deck add replace: True` wieder hoch.",
  settingsSaved: "Einstellungen gespeichert. Sie gelten ab der nächsten Runde.",
  settingsNothing: "Nichts zu ändern: Wähle mindestens eine Option.",
  badTimezone:
    "„{{tz}}“ ist keine Zeitzone, die ich kenne. Nutze einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC.",

  dailyTitle: "📅 Tagesquiz",
  dailyPostSingle:
    "📅 **Frage des Tages** ({{day}}). Du kannst antworten, bis sie schließt; sie zählt für deine Tagesserie.",
  dailyPost:
    "📅 **Tagesquiz {{n}}/{{of}}** ({{day}}). Du kannst antworten, bis die Frage schließt; sie zählt für deine Tagesserie.",
  dailyCorrectToday: "Heute richtig",
  dailyNobodyCorrect: "Diesmal niemand. Morgen gibt es die nächste Chance!",
  andMore: "und {{n}} weitere",
  dailyBadTime:
    "„{{text}}“ ist keine Uhrzeit, die ich verstehe. Nutze das 24-Stunden-Format HH:MM, z. B. 09:00 oder 18:30.",
  dailyBadChannel: "Wähle für das Tagesquiz einen Text- oder Ankündigungskanal.",
  dailyDeckEmpty: "Der Stapel „{{deck}}“ hat keine Multiple-Choice-Fragen. Wähle einen anderen Stapel.",
  dailySaved: "Tagesquiz gespeichert: Es erscheint jeden Tag um {{time}} ({{tz}}) in {{channel}}.",
  dailyNone: "Dieser Server hat noch kein Tagesquiz. Ein Moderator kann es mit `/daily set` einrichten.",
  dailyOff:
    "Das Tagesquiz ist aus. Bereits gepostete Fragen werden trotzdem wie geplant geschlossen und aufgelöst. Schalte es mit `/daily set` wieder ein.",
  dailyAlreadyOff: "Das Tagesquiz ist schon aus.",
  dailyNowPosted:
    "Ich habe das heutige Tagesquiz in {{channel}} gepostet. Es zählt als das heutige, deshalb entfällt heute der geplante Beitrag.",
  dailyNowAlready: "Das heutige Tagesquiz ist schon erschienen. Das nächste kommt zur gewohnten Zeit.",
  dailyNowOff: "Das Tagesquiz ist aus. Schalte es zuerst mit `/daily set` ein.",
  dailyStatusOn: "An",
  dailyStatusOff: "Aus",
  dailyFooter: "Uhrzeiten in der Zeitzone des Servers ({{tz}}); die Zeitzone änderst du mit /config set.",
  "dailyDisabled.channel-missing":
    "⚠️ Vom Bot ausgeschaltet: Sein Kanal wurde gelöscht oder ich kann ihn nicht mehr sehen. Wähle mit `/daily set` einen Kanal.",
  "dailyDisabled.no-permission":
    "⚠️ Vom Bot ausgeschaltet: Ich darf in seinem Kanal nicht posten. Gib mir dort „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“ und nutze dann erneut `/daily set`.",
  "dailyDisabled.deck-removed":
    "⚠️ Vom Bot ausgeschaltet: Sein Stapel wurde entfernt. Wähle mit `/daily set` einen anderen Stapel.",
  "dailyDisabled.deck-empty":
    "⚠️ Vom Bot ausgeschaltet: Sein Stapel hat keine Multiple-Choice-Fragen. Wähle mit `/daily set` einen anderen Stapel.",
  streakTitle: "🔥 Tagesserien",
  streakYours:
    "Deine Tagesserie: **{{current}}** (Rekord {{best}}). Beantworte heute eine beliebige Frage, um sie fortzusetzen.",
  streakBoard: "Die längsten laufenden Serien hier",
  streakBoardEmpty: "Noch keine laufenden Serien. Beantworte das heutige Tagesquiz, um eine zu beginnen!",

  rolesNeedManageServer:
    "Nur Mitglieder mit „Server verwalten“ können `/config set starter_role` oder `/config set moderator_role` ändern (sonst könnte ein Quiz-Moderator alle zu Moderatoren machen). Es wurde nichts geändert.",
  youCantPostHere:
    "Du kannst in diesem Kanal keine öffentliche Runde starten: Du brauchst hier selbst {{missing}}. Spiel privat mit `/practice solo: True` oder frag einen Moderator.",
  dailyYouCantPost:
    "Du kannst das Tagesquiz nicht in {{channel}} posten: Du brauchst dort selbst {{missing}}. Wähle einen Kanal, in dem du posten darfst. Es wurde nichts geändert.",

  finishedItems: "{{items}} geschafft. Gut gemacht!",
  answeredInAll: "{{spread}} ({{n}} insgesamt)",
  andMoreLine: "… und {{n}} weitere.",

  reviewFinished: "{{items}} wiederholt. Was du nicht wusstest, kommt bald wieder; was du wusstest, später.",
  reviewFinishedAnswered:
    "{{items}} wiederholt: {{correct}}/{{answered}} Fragen richtig. Was du nicht wusstest, kommt bald wieder; was du wusstest, später.",
  reviewNothingDue: "Gerade ist nichts fällig. Nächste Wiederholung {{next}}.",
  reviewNothingYet:
    "Noch nichts zu wiederholen: Fragen, die du beantwortest, und Karten, die du bewertest, werden hier eingeplant. Probier `/practice` oder `/recall`.",
  reviewNothingInDeck: "In {{deck}} gibt es noch nichts zu wiederholen.",
  reviewDeckTitle: "Wiederholung: {{deck}}",
  reviewAllTitle: "Wiederholung: was du nicht wusstest",
  reminderOn:
    "Wiederholungserinnerung an: jeden Tag um {{time}} ({{tz}}) eine Direktnachricht, wenn etwas fällig ist. Ausschalten mit `/review remind off`. (Ich erreiche dich nur, wenn deine Privatsphäre-Einstellungen Nachrichten von Mitgliedern dieses Servers erlauben.)",
  reminderOff: "Wiederholungserinnerung aus.",
  reminderAlreadyOff: "Deine Wiederholungserinnerung ist schon aus.",
  reminderBadTime:
    "„{{text}}“ ist keine Uhrzeit, die ich verstehe. Nutze das 24-Stunden-Format HH:MM, z. B. 08:00 oder 19:30.",
  reminderDm: "📚 {{items}} fällig in {{deck}} ({{server}}): /review",
  reminderDmOthers_one: "📚 {{items}} fällig in {{deck}} und {{count}} weiteren Stapel ({{server}}): /review",
  reminderDmOthers_other:
    "📚 {{items}} fällig in {{deck}} und {{count}} weiteren Stapeln ({{server}}): /review",
  statsItemsDue: "Fällige Wiederholungen",
  statsNextReview: "Nächste Wiederholung",
  statsNothingScheduled: "nichts geplant",
  statsReminderFailed:
    "⚠️ Deine Wiederholungserinnerung wurde ausgeschaltet: Ich konnte dir 3 Tage nacheinander keine Direktnachricht schicken. Erlaube Direktnachrichten von Mitgliedern dieses Servers und nutze dann erneut `/review remind on`.",

  "image.points": "Punkte",
  "image.accuracy": "Trefferquote",
  "image.answerStreak": "Antwortserie",
  "image.dailyStreak": "Tagesserie",
  "image.due": "Jetzt fällig",
  "image.best": "Rekord {{n}}",
  "image.last30": "Letzte 30 Tage",
  "image.correct": "richtig",
  "image.wrong": "falsch",
  "image.byDifficulty": "Trefferquote nach Schwierigkeit",
  "image.noAnswers": "keine Antworten",
  "image.forecast": "Fällig in den nächsten 14 Tagen",
  "image.today": "heute: {{n}}",
  "image.max": "max. {{n}}",
  "image.year": "Letzte 52 Wochen",
  "image.less": "weniger",
  "image.more": "mehr",
  "image.pts": "{{n}} Pkt.",
  "image.correctOf": "{{c}}/{{n}} richtig",
  "image.you": "du",

  // the question message and its reveal
  "question.title": "{{deck}} · Frage {{n}}/{{of}}",
  "question.closes": "schließt {{when}}",
  "question.noTimer": "lass dir Zeit",
  "question.closed": "geschlossen",
  "question.easy": "🟢 leicht",
  "question.medium": "🟡 mittel",
  "question.hard": "🔴 schwer",
  "question.hint": "Tipp",
  "question.reveal": "Auflösen (Host)",
  "question.footerSolo": "Private Runde: Nur du siehst sie.",
  "question.footerPublic": "Eine Antwort pro Person; dein erster Klick zählt.",
  "question.answer": "Antwort",
  "question.why": "Warum",
  "question.steps": "Lösungsschritte",
  "question.mistakes": "Häufige Fehler",
  "question.answers": "Antworten",
  "question.nobody": "Niemand hat geantwortet.",
  "question.fastest": "Schnellster Treffer",
  "question.fastestValue": "{{user}} in {{seconds}} s",

  // the round's summary
  "summary.title": "Runde vorbei: {{deck}}",
  "summary.nobody": "Diesmal hat niemand geantwortet.",
  "summary.score": "{{points}} ({{correct}}/{{answered}} richtig)",
  "summary.streak": " · Serie {{before}} → {{after}}",
  "summary.footer": "Mit /leaderboard siehst du den Stand des Servers, mit /stats deinen eigenen.",

  // recall cards and typed answers
  "card.title": "{{deck}} · Karte {{n}}/{{of}}",
  "card.showsAt": "Antwort für alle sichtbar {{when}}",
  "card.revealAnswer": "Antwort aufdecken",
  "card.showAll": "Allen zeigen (Host)",
  "card.footer": "Erinnere dich zuerst an die Antwort, deck sie dann auf und bewerte dich selbst.",
  "card.answerStatus": "Antwort",
  "card.again": "Nochmal",
  "card.hard": "Schwer",
  "card.good": "Gut",
  "card.easy": "Einfach",
  "typed.footerPublic": "Alle tippen privat; deine erste Antwort zählt.",
  "typed.alsoAccepted": "Ebenfalls akzeptiert",
  "typed.right": "Richtig getippt",
  "typed.rightOf": "{{right}} von {{answered}}",

  // explain prompts
  "explain.title": "{{deck}} · Erklär es",
  "explain.instructions":
    "Erklär es in eigenen Worten (laut, auf Papier oder im Chat) und prüf dich dann selbst.",
  "explain.shownAt": "Musterantwort sichtbar {{when}}",
  "explain.check": "Selbst prüfen",
  "explain.pick": "Hak jeden Begriff ab, den deine Erklärung abgedeckt hat:",
  "explain.placeholder": "Abgedeckte Begriffe",
  "explain.modelAnswer": "Musterantwort",
  "explain.revisit": "Begriffe zum Wiederholen",
  "explain.concepts": "Kernbegriffe",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: "Der Stapel „{{deck}}“ hat keine Fragen. Probier einen anderen Stapel oder Modus.",
  deckEmptyFor_easy:
    "Der Stapel „{{deck}}“ hat keine leichten Fragen. Probier eine andere Schwierigkeit oder einen anderen Stapel.",
  deckEmptyFor_medium:
    "Der Stapel „{{deck}}“ hat keine mittelschweren Fragen. Probier eine andere Schwierigkeit oder einen anderen Stapel.",
  deckEmptyFor_hard:
    "Der Stapel „{{deck}}“ hat keine schweren Fragen. Probier eine andere Schwierigkeit oder einen anderen Stapel.",
  deckEmptyFor_cards: "Der Stapel „{{deck}}“ hat keine Karten. Probier einen anderen Stapel oder Modus.",
  deckEmptyFor_prompts:
    "Der Stapel „{{deck}}“ hat keine Aufgaben zum Erklären. Probier einen anderen Stapel oder Modus.",
  deckEmptyFor_due: "In „{{deck}}“ ist gerade nichts zur Wiederholung fällig.",
  channelBusyUnknown:
    "In diesem Kanal läuft schon eine Runde. Warte, bis sie vorbei ist, oder bitte einen Moderator, sie mit `/stop` zu beenden.",
  stoppedByPlayer: "⏹️ Runde vom Spieler beendet.",
  "round.next": "Weiter",
  "round.seeResults": "Zum Ergebnis",
  "level.beginner": "Grundstufe",
  "level.intermediate": "Mittelstufe",
  "level.advanced": "Oberstufe",
  "roundMode.practice": "Übungsrunde",
  "roundMode.typedPractice": "Übungsrunde mit getippten Antworten",
  "roundMode.test": "Testrunde",
  "roundMode.recall": "Lernkartenrunde",
  "roundMode.typedRecall": "Lernkartenrunde mit getippten Antworten",
  "roundMode.explain": "Erklärrunde",
  "roundMode.review": "Wiederholungsrunde",
  "permission.viewChannel": "„Kanal ansehen“",
  "permission.sendMessages": "„Nachrichten senden“",
  "permission.embedLinks": "„Links einbetten“",
  importWarningsTitle: "Warnungen ({{n}})",
  deckNotSaved: "Stapel nicht gespeichert",
  deckCounts: "{{cards}} · {{questions}} ({{easy}} leicht, {{medium}} mittel, {{hard}} schwer) · {{prompts}}",
  "deckList.addedBy": "hinzugefügt von {{user}} {{when}}",
  "deckList.footer": "Seite {{page}}/{{pages}} · 📘 eingebaut · 📗 dieser Server · spiel einen mit /practice",
  "deckList.previous": "Zurück",
  "deckList.next": "Weiter",
  "deckInfo.id": "ID",
  "deckInfo.tags": "Tags",
  "deckInfo.noTags": "keine",
  "deckInfo.source": "Quelle",
  "deckInfo.addedBy": "Hinzugefügt von {{user}} {{when}}",
  "deckInfo.builtIn": "Eingebaut",
  "config.title": "⚙️ Quiz-Einstellungen",
  "config.questions": "Fragen pro Runde",
  "config.timer": "Sekunden pro Frage",
  "config.timezone": "Zeitzone",
  "config.starters": "Wer Runden starten darf",
  "config.everyone": "alle",
  "config.moderators": "Quiz-Moderatoren",
  "config.moderatorsRole": "{{role}} und „Server verwalten“",
  "config.manageServer": "„Server verwalten“",
  "config.pictures": "Bilder",
  "config.picturesOn": "an",
  "config.picturesOff": "aus (nur Text)",
  "config.language": "Sprache",
  "config.footer":
    "Ändern mit /config set. Die Zeitzone gilt für Tagesserien und die Wochen der Bestenliste.",
  "dailyStatus.status": "Status",
  "dailyStatus.nextPost": "Nächster Beitrag",
  "dailyStatus.time": "Täglich um",
  "dailyStatus.channel": "Kanal",
  "dailyStatus.deck": "Stapel",
  "dailyStatus.questions": "Fragen pro Tag",
  reminderServerUnknown: "dein Server",
  "stats.points": "Punkte",
  "stats.accuracy": "Trefferquote",
  "stats.accuracyValue": "{{percent}} % ({{correct}}/{{answered}})",
  "stats.accuracyOverrides_one": "{{percent}} % ({{correct}}/{{answered}}), {{count}} nach eigener Angabe",
  "stats.accuracyOverrides_other": "{{percent}} % ({{correct}}/{{answered}}), {{count}} nach eigener Angabe",
  "stats.answerStreak": "Antwortserie",
  "stats.dailyStreak": "Tagesserie",
  "stats.streakValue": "{{current}} (Rekord {{best}})",
  "stats.decksPlayed": "Gespielte Stapel",
  "stats.reminder": "Erinnerung",
  "testResult.title": "Testergebnis: {{deck}}",
  "testResult.strong": "💪 Sicher",
  "testResult.needsWork": "🛠️ Ausbaufähig",
  "testResult.weak": "📚 Lückenhaft",
  "testResult.score": "**{{verdict}}**: {{correct}}/{{total}} richtig ({{percent}} %)",
  "testResult.footer":
    "Sicher ≥ 80 % · ausbaufähig 50–79 % · lückenhaft < 50 %. Weiter trainieren mit /practice.",
  "difficulty.easy": "leicht",
  "difficulty.medium": "mittel",
  "difficulty.hard": "schwer",
  overrideButton: "Ich lag richtig",
};
