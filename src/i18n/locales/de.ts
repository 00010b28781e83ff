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

  // problems in an uploaded deck file
  deckFileError: "Fehler",
  deckFileWarning: "Warnung",
  "deckFile.loadBug":
    "Diese Datei ließ sich nicht laden ({{detail}}); das ist ein Bug in quizdeck, bitte melde ihn",
  "deckFile.fileExtension": "Stapeldateien müssen eine dieser Endungen haben: {{extensions}}",
  "deckFile.badFileName":
    "Die Stapel-ID ergibt sich aus dem Dateinamen, und „{{id}}“ ist keine gültige ID: Erlaubt sind 1 bis 32 Kleinbuchstaben, Ziffern und '-', am Anfang ein Buchstabe oder eine Ziffer. Benenne die Datei in „{{suggested}}“ um",
  "deckFile.fileTooBig":
    "Die Datei ist {{size}} KB groß; erlaubt sind höchstens {{limit}} KB. Teil sie in kleinere Stapel auf",
  "deckFile.notText":
    "Die Datei ist kein UTF-8-Text; ein Stapel muss eine YAML- oder JSON-Textdatei sein, gespeichert als UTF-8 (sie sieht binär aus oder nutzt eine andere Kodierung)",
  "deckFile.fileEmpty":
    "Die Datei ist leer; ein Stapel braucht das Feld title: und mindestens eine Karte, Frage oder Aufgabe",
  "deckFile.fileNotMapping":
    "Die Datei muss eine Zuordnung von Feldern sein (title:, questions:, …), ist aber {{actual}}",
  "deckFile.aList": "eine Liste",
  "deckFile.aMapping": "eine Zuordnung",
  "deckFile.someText": "Text („{{text}}“)",
  "deckFile.aValue": "{{value}}",
  "deckFile.yaml": "YAML: {{detail}}",
  "deckFile.yamlHint": "YAML: {{detail}}; {{hint}}",
  "deckFile.multipleDocs": "Die Datei enthält mehr als ein YAML-Dokument",
  "deckFile.hintQuoteColon":
    'Text mit „: “ muss in Anführungszeichen stehen, z. B. prompt: "Was bedeutet x: int?"',
  "deckFile.hintQuoteStart":
    "Text, der mit einem der Zeichen ` @ % | > ' \" [ { beginnt, muss in Anführungszeichen stehen",
  "deckFile.hintTabs": "rücke mit Leerzeichen ein, nicht mit Tabs",
  "deckFile.hintOneDocument":
    "eine Stapeldatei enthält genau ein Dokument; entferne die überzählige Zeile '---'",
  "deckFile.hintIndent":
    "prüf die Einrückung: Elemente derselben Liste oder Zuordnung müssen in derselben Spalte beginnen",
  "deckFile.tooManyTokens":
    "Die Datei hat zu viele einzelne Werte für einen Stapel; teil sie in kleinere Stapel auf",
  "deckFile.tooManyValues": "Die Datei enthält mehr als {{max}} Werte; teil sie in kleinere Stapel auf",
  "deckFile.tooDeep":
    "Die Verschachtelung ist tiefer als {{max}} Ebenen; ein Stapel braucht nur 4 (Stapel → questions → Frage → choices). Prüf die Einrückung",
  "deckFile.tooManyAliases":
    "Es werden mehr als {{max}} Aliasse (*name) verwendet; Aliasse, die andere Aliasse wiederholen, können auf Milliarden von Werten anwachsen, deshalb ist ihre Zahl begrenzt",
  "deckFile.unknownAlias": "Der Alias *{{name}} ist unbekannt; definiere &{{name}}, bevor du ihn verwendest",
  "deckFile.selfAlias": "Der Alias *{{name}} verweist auf den Wert, in dem er selbst steht",
  "deckFile.keyNotText": "Feldnamen müssen einfacher Text sein, wie title",
  "deckFile.duplicateField":
    "Das Feld „{{key}}“ kommt doppelt vor: Jedes Feld darf hier nur einmal stehen; entferne eines davon oder benenne es um",
  "deckFile.mustNotBeEmpty": "darf nicht leer sein",
  "deckFile.missingInDeck": "Ein Pflichtfeld fehlt; füge dem Stapel {{field}}: hinzu",
  "deckFile.missingInCard": "Ein Pflichtfeld fehlt; füge dieser Karte {{field}}: hinzu",
  "deckFile.missingInQuestion": "Ein Pflichtfeld fehlt; füge dieser Frage {{field}}: hinzu",
  "deckFile.missingInPrompt": "Ein Pflichtfeld fehlt; füge dieser Aufgabe {{field}}: hinzu",
  "deckFile.mustBeText": "muss Text sein, ist aber {{actual}}",
  "deckFile.mustBeList": "muss eine Liste sein (ein „- item“ pro Zeile), ist aber {{actual}}",
  "deckFile.mustBeMapping":
    "muss eine Zuordnung von Feldern sein (Zeilen der Form „Feld: Wert“), ist aber {{actual}}",
  "deckFile.notAllowed": "„{{value}}“ ist nicht erlaubt; nutze einen dieser Werte: {{allowed}}",
  "deckFile.unknownFieldGuess": "Das Feld „{{key}}“ gibt es nicht; meintest du „{{guess}}“?",
  "deckFile.unknownFieldList": "Das Feld „{{key}}“ gibt es nicht; erlaubte Felder: {{allowed}}",
  "deckFile.withSize": "{{problem}} (aktuell {{size}})",
  "deckFile.textTooLong": "darf höchstens {{max}} Zeichen lang sein",
  "deckFile.badItemId": "Die ID muss aus 1 bis 40 Kleinbuchstaben, Ziffern, '-' oder '_' bestehen",
  "deckFile.mustBeBoolean": "muss true oder false sein",
  "deckFile.tooManyAlternatives": "erlaubt höchstens {{max}} Einträge",
  "deckFile.badCodeLanguage": "Das Feld language muss ein kurzes Codeblock-Kürzel wie python sein",
  "deckFile.tooFewChoices": "braucht mindestens {{min}} Antwortmöglichkeiten",
  "deckFile.tooManyChoices": "erlaubt höchstens {{max}} Antwortmöglichkeiten",
  "deckFile.tooManySteps": "erlaubt höchstens {{max}} Lösungsschritte",
  "deckFile.tooManyMistakes": "erlaubt höchstens {{max}} häufige Fehler",
  "deckFile.noConcepts": "braucht mindestens einen Begriff",
  "deckFile.tooManyConcepts": "erlaubt höchstens {{max}} Begriffe",
  "deckFile.tooManyTags": "erlaubt höchstens {{max}} Tags",
  "deckFile.badDeckLanguage": "Das Feld language muss ein Sprachkürzel wie en, fr oder pt-BR sein",
  "deckFile.noItems": "Der Stapel hat keine Karten, Fragen oder Aufgaben; füge mindestens eine hinzu",
  "deckFile.tooManyItems":
    "Der Stapel hat {{total}} Einträge; erlaubt sind höchstens {{limit}}. Teil ihn in mehrere Stapel auf",
  "deckFile.duplicateId":
    "Die ID „{{id}}“ wird auch von {{where}} verwendet; jeder Eintrag braucht eine eigene ID",
  "deckFile.duplicateIdFromFront":
    "Die ID „{{id}}“ (aus dem Text von front: abgeleitet) wird auch von {{where}} verwendet; ist es ein Duplikat, entferne es, andernfalls füge einem der beiden eine Zeile id: hinzu",
  "deckFile.duplicateIdFromPrompt":
    "Die ID „{{id}}“ (aus dem Text von prompt: abgeleitet) wird auch von {{where}} verwendet; ist es ein Duplikat, entferne es, andernfalls füge einem der beiden eine Zeile id: hinzu",
  "deckFile.acceptRepeatsAnswer":
    "„{{text}}“ wiederholt die Antwort, die ohnehin akzeptiert wird; entferne es",
  "deckFile.rejectIsAccepted":
    "„{{text}}“ ist auch eine akzeptierte Antwort; ein Beinahe-Treffer muss sich von jeder akzeptierten Antwort unterscheiden",
  "deckFile.alternativesUntyped":
    "accept: und reject: gelten nur in Runden mit getippten Antworten, und eine Antwort mit mehr als {{max}} Zeichen wird nur mit typed: true getippt",
  "deckFile.choiceRepeats":
    "Die Antwortmöglichkeit „{{choice}}“ wiederholt „{{earlier}}“ (Groß- und Kleinschreibung und Leerzeichen zählen nicht); mach alle Antwortmöglichkeiten verschieden",
  "deckFile.answerIsLetter":
    "Die Antwort muss mit einer der Antwortmöglichkeiten übereinstimmen; „{{answer}}“ sieht wie ein Buchstabe aus, aber eine Antwort ist der Text einer Antwortmöglichkeit, kein Buchstabe, weil die Antwortmöglichkeiten gemischt werden; schreib den Text der richtigen Antwortmöglichkeit",
  "deckFile.answerIsLetterMeant":
    'Die Antwort muss mit einer der Antwortmöglichkeiten übereinstimmen; „{{answer}}“ sieht wie ein Buchstabe aus, aber eine Antwort ist der Text einer Antwortmöglichkeit, kein Buchstabe, weil die Antwortmöglichkeiten gemischt werden; wenn du Antwortmöglichkeit {{letter}} gemeint hast, schreib answer: "{{meant}}"',
  "deckFile.answerNotAChoice":
    "Die Antwort muss mit einer der Antwortmöglichkeiten übereinstimmen; am ähnlichsten ist „{{closest}}“",
  "deckFile.letterReference":
    "„{{letter}}“ verweist per Buchstabe auf eine Antwortmöglichkeit, aber die Antwortmöglichkeiten werden für jeden Spieler gemischt; nenne die Antwortmöglichkeit stattdessen mit ihrem Text",
  "deckFile.orderDependent":
    "„{{phrase}}“ hängt von der Reihenfolge der Antwortmöglichkeiten ab, aber sie werden gemischt; schreib stattdessen „{{instead}}“",
  "deckFile.originLine": "Zeile {{n}}",
  "deckFile.originRow": "Eintrag {{n}}",
  "deckFile.originNote": "Notiz {{id}}",
  "deckFile.originLineCloze": "Zeile {{n}} (c{{c}})",
  "deckFile.originNoteCloze": "Notiz {{id}} (c{{c}})",
  "deckFile.formatCsv": "CSV/TSV mit Kopfzeile",
  "deckFile.formatQuizlet": "Quizlet-Export (ein Begriff mit Definition pro Zeile)",
  "deckFile.formatAnkiText": "Anki-Notizen als reiner Text",
  "deckFile.formatApkg": "Anki-Paket (.apkg)",
  "deckFile.formatCsvTab": "CSV mit Kopfzeile (durch Tabs getrennt)",
  "deckFile.formatCsvComma": "CSV mit Kopfzeile (durch Kommas getrennt)",
  "deckFile.formatCsvSemicolon": "CSV mit Kopfzeile (durch Semikolons getrennt)",
  "deckFile.formatQuizletTabLines":
    "Quizlet-Export (Tab zwischen Begriff und Definition, ein Eintrag pro Zeile)",
  "deckFile.formatQuizletTabSemicolons":
    "Quizlet-Export (Tab zwischen Begriff und Definition, Einträge durch Semikolons getrennt)",
  "deckFile.formatQuizletCommaLines":
    "Quizlet-Export (Komma zwischen Begriff und Definition, ein Eintrag pro Zeile)",
  "deckFile.formatQuizletCommaSemicolons":
    "Quizlet-Export (Komma zwischen Begriff und Definition, Einträge durch Semikolons getrennt)",
  "deckFile.formatAnkiTextTabHtmlOn": "Anki-Notizen als reiner Text (durch Tabs getrennt, HTML an)",
  "deckFile.formatAnkiTextTabHtmlOff": "Anki-Notizen als reiner Text (durch Tabs getrennt, HTML aus)",
  "deckFile.formatAnkiTextCommaHtmlOn": "Anki-Notizen als reiner Text (durch Kommas getrennt, HTML an)",
  "deckFile.formatAnkiTextCommaHtmlOff": "Anki-Notizen als reiner Text (durch Kommas getrennt, HTML aus)",
  "deckFile.formatAnkiTextSemicolonHtmlOn":
    "Anki-Notizen als reiner Text (durch Semikolons getrennt, HTML an)",
  "deckFile.formatAnkiTextSemicolonHtmlOff":
    "Anki-Notizen als reiner Text (durch Semikolons getrennt, HTML aus)",
  "deckFile.formatAnkiTextSpaceHtmlOn": "Anki-Notizen als reiner Text (durch Leerzeichen getrennt, HTML an)",
  "deckFile.formatAnkiTextSpaceHtmlOff":
    "Anki-Notizen als reiner Text (durch Leerzeichen getrennt, HTML aus)",
  "deckFile.formatAnkiTextPipeHtmlOn":
    "Anki-Notizen als reiner Text (durch senkrechte Striche getrennt, HTML an)",
  "deckFile.formatAnkiTextPipeHtmlOff":
    "Anki-Notizen als reiner Text (durch senkrechte Striche getrennt, HTML aus)",
  "deckFile.formatAnkiTextColonHtmlOn": "Anki-Notizen als reiner Text (durch Doppelpunkte getrennt, HTML an)",
  "deckFile.formatAnkiTextColonHtmlOff":
    "Anki-Notizen als reiner Text (durch Doppelpunkte getrennt, HTML aus)",
  "deckFile.formatAnkiTextOtherHtmlOn":
    "Anki-Notizen als reiner Text (durch „{{separator}}“ getrennt, HTML an)",
  "deckFile.formatAnkiTextOtherHtmlOff":
    "Anki-Notizen als reiner Text (durch „{{separator}}“ getrennt, HTML aus)",
  "deckFile.formatApkgCurrent": "Anki-Paket (aktuelles Paketformat, collection.anki21b)",
  "deckFile.formatApkgAnki21": "Anki-Paket (Paketformat von Anki 2.1, collection.anki21)",
  "deckFile.formatApkgLegacy": "Anki-Paket (altes Paketformat, collection.anki2)",
  "deckFile.frontQuestionEmpty": "Die Vorderseite/Frage ist leer",
  "deckFile.backAnswerEmpty": "Die Rückseite/Antwort ist leer",
  "deckFile.badDifficulty": "Die Schwierigkeit „{{difficulty}}“ ist keiner der Werte easy, medium, hard",
  "deckFile.quizletNoTab": "kein Tab zwischen Begriff und Definition",
  "deckFile.quizletNoComma": "kein Komma zwischen Begriff und Definition",
  "deckFile.termEmpty": "Der Begriff ist leer",
  "deckFile.definitionEmpty": "Die Definition ist leer",
  "deckFile.frontEmpty": "Die Vorderseite ist leer",
  "deckFile.backEmpty": "Die Rückseite ist leer",
  "deckFile.mediaOnly": "nur Bilder oder Töne, die noch nicht angezeigt werden",
  "deckFile.clozeWithoutDeletion":
    "eine Lückentext-Notiz (Cloze) ohne eine einzige Lücke der Form {{example}}",
  "deckFile.clozeDeletionEmpty": "Die Lücke ist leer",
  "deckFile.noteOneField":
    "Die Notiz hat nur ein Feld; eine Karte braucht eine Vorderseite und eine Rückseite",
  "deckFile.sameFrontAs": "gleiche Vorderseite wie {{first}}",
  "deckFile.sameQuestionAs": "gleiche Frage wie {{first}}",
  "deckFile.fieldTooLong": "{{field}} darf höchstens {{max}} Zeichen lang sein (aktuell {{size}})",
  "deckFile.fieldEmpty": "{{field}} darf nicht leer sein",
  "deckFile.fieldTooFewChoices": "{{field}} braucht mindestens {{min}} Antwortmöglichkeiten",
  "deckFile.fieldTooManyChoices": "{{field}} erlaubt höchstens {{max}} Antwortmöglichkeiten",
  "deckFile.itemDoesNotFit": "Der Eintrag passt nicht ins Stapelformat",
  "deckFile.uploadNotText":
    "Die Datei ist kein UTF-8-Text; ein Stapel muss eine Textdatei sein, gespeichert als UTF-8 (sie sieht binär aus oder nutzt eine andere Kodierung)",
  "deckFile.importBug":
    "Diese Datei ließ sich nicht importieren ({{detail}}); das ist ein Bug in quizdeck, bitte melde ihn",
  "deckFile.htmlTooDeep":
    "Das HTML ist mehr als {{max}} Ebenen tief verschachtelt; die Datei sieht beschädigt oder manipuliert aus",
  "deckFile.noCardsOrQuestions": "Die Datei enthält keine Karten oder Fragen",
  "deckFile.allSkipped":
    "Keine Karte und keine Frage ließ sich importieren: Alle {{count}} wurden übersprungen (erster Fall: {{from}}: {{reason}})",
  "deckFile.tooManyCardsAndQuestions":
    "Die Datei ergibt {{count}} Karten und Fragen; erlaubt sind höchstens {{max}} pro Stapel. Teil sie in mehrere Dateien auf",
  "deckFile.notAFile": "Das ist keine Datei",
  "deckFile.fileNotFound": "Datei nicht gefunden",
  "deckFile.fileUnreadable": "Die Datei ließ sich nicht lesen ({{detail}})",
  "deckFile.tooManyRows":
    "Die Datei hat mehr Zeilen als erlaubt (höchstens {{max}}). Teil sie in kleinere Dateien auf",
  "deckFile.rowTooLong":
    "Eine Zeile ist länger als {{max}} KB Text; eine Karte hat höchstens ein paar Hundert Zeichen. Prüf die Anführungszeichen in der Nähe dieser Zeile",
  "deckFile.quoteNotClosed":
    'Ein Feld in Anführungszeichen wird nie geschlossen: Ein " öffnet ein Feld, das bis zum Ende der Datei reicht',
  "deckFile.quoteNotDoubled":
    'Ein Anführungszeichen (") in einem Feld in Anführungszeichen muss verdoppelt werden ("")',
  "deckFile.rowsUnreadable": "Die Zeilen ließen sich nicht lesen: {{detail}}",
  "deckFile.rowsUnreadableOther": "Die Zeilen ließen sich nicht lesen ({{detail}})",
  "deckFile.csvNoHeader":
    "Die erste Zeile muss die Spalten benennen: front (oder term, question, prompt) und back (oder definition, answer); optional: wrong1..wrongN oder choices, explanation, hint, difficulty, tags",
  "deckFile.notQuizlet":
    "Das sieht nicht nach einem Quizlet-Export aus: In {{unsplit}} von {{lines}} Zeilen steht weder ein Tab noch ein Komma zwischen Begriff und Definition. Benenne bei einer CSV-Datei die Spalten in der ersten Zeile (front,back)",
  "deckFile.ankiHeaderColumn": "#{{key}}: muss eine Spaltennummer ab 1 sein, nicht „{{value}}“",
  "deckFile.ankiHeaderSeparator":
    "#separator: „{{value}}“ ist weder ein einzelnes Zeichen noch ein Name (Tab, Comma, Semicolon, Space, Pipe, Colon)",
  "deckFile.notZip": "Diese Datei ist kein ZIP-Archiv, also auch kein Anki-Paket (.apkg)",
  "deckFile.packageTooLarge":
    "Das Paket ist {{size}} MB groß; erlaubt sind höchstens {{max}} MB. Exportiere weniger Notizen oder ohne Medien",
  "deckFile.packageUnpacksTooLarge": "Entpackt ist das Paket größer als {{max}} MB; mehr ist nicht erlaubt",
  "deckFile.packageTooManyFiles": "Das Paket enthält mehr als {{max}} Dateien; mehr sind nicht erlaubt",
  "deckFile.packageUnsafeEntry": "Das Paket enthält {{entry}}; so ein Paket erstellt Anki nicht",
  "deckFile.entryNameEmptyOrLong": "eine Datei mit leerem oder überlangem Namen",
  "deckFile.entryNameControl": "eine Datei namens „{{name}}“ (Steuerzeichen oder Backslashes)",
  "deckFile.entryNameAbsolute": "eine Datei mit absolutem Pfad („{{name}}“)",
  "deckFile.entryNameOutside": "eine Datei mit einem Pfad außerhalb des Archivs („{{name}}“)",
  "deckFile.entryCompression":
    "„{{name}}“ nutzt eine Kompressionsmethode, die Anki nicht verwendet ({{method}})",
  "deckFile.packageDamaged": "Das Paket ist beschädigt ({{detail}}); exportiere es erneut aus Anki",
  "deckFile.noCollection":
    "Das Paket enthält keine Anki-Sammlung (collection.anki2, .anki21 oder .anki21b); exportiere den Stapel erneut aus Anki",
  "deckFile.notZstd":
    "collection.anki21b enthält keine zstd-komprimierten Daten; das Paket ist beschädigt. Exportiere es erneut aus Anki",
  "deckFile.collectionUnreadable":
    "Die Sammlung im Paket ist keine lesbare Anki-Datenbank ({{detail}}); exportiere den Stapel erneut aus Anki",
  "deckFile.notACollection":
    "Die Datenbank im Paket ist keine Anki-Sammlung (sie hat keine Notizen und Notiztypen); exportiere den Stapel erneut aus Anki",
  "deckFile.tooManyNotes":
    "Das Paket hat {{count}} Notizen; erlaubt sind höchstens {{max}}. Exportiere einen kleineren Stapel oder einen Unterstapel",
  "deckFile.noteTooLong":
    "Die Notiz {{id}} hat {{size}} KB Text; erlaubt sind höchstens {{max}} KB pro Notiz. Die Sammlung sieht beschädigt oder manipuliert aus",
  "deckFile.noteNoFields": "Die Notiz {{id}} hat keine Felder; die Sammlung sieht beschädigt aus",
  "deckFile.noteTooManyFields":
    "Die Notiz {{id}} hat {{count}} Felder; Anki-Notizen haben höchstens {{max}}. Die Sammlung sieht beschädigt oder manipuliert aus",
  "deckFile.noteHtmlTooDeep":
    "Notiz {{id}}: Das HTML ist mehr als {{max}} Ebenen tief verschachtelt; die Sammlung sieht beschädigt oder manipuliert aus",
  "deckFile.noNoteTypes": "Die Sammlung im Paket hat keine Notiztypen; exportiere den Stapel erneut aus Anki",
  "deckFile.noteTypesNotJson": "Die Notiztypen im Paket sind kein gültiges JSON; die Sammlung ist beschädigt",
  // the attachment, before and while it is downloaded
  "deckFile.notADeckFile":
    "„{{name}}“ ist keine Stapeldatei: Lade einen Stapel als .yaml, .yml oder .json hoch, eine .csv/.tsv, einen .txt-Export aus Quizlet oder Anki oder ein Anki-Paket (.apkg).",
  "deckFile.uploadTooBig":
    "„{{name}}“ ist {{size}} groß; erlaubt sind {{limit}}. Teile ihn in kleinere Stapel auf.",
  "deckFile.uploadedNotAsPackage":
    "„{{name}}“ wurde als {{type}} hochgeladen, nicht als Anki-Paket. Lade die Datei selbst hoch.",
  "deckFile.uploadedNotAsText":
    "„{{name}}“ wurde als {{type}} hochgeladen, nicht als Text. Lade die Datei selbst hoch.",
  "deckFile.noAddress": "Dieser Anhang hat keine brauchbare Adresse. Lade die Datei noch einmal hoch.",
  "deckFile.notFromDiscord": "Ich lade nur Anhänge von Discord herunter. Lade die Datei noch einmal hoch.",
  "deckFile.fetchStatus":
    "Discord hat beim Abrufen von „{{name}}“ mit {{status}} geantwortet. Lade die Datei noch einmal hoch.",
  "deckFile.servedNotAsPackage": "„{{name}}“ kommt als {{type}} an, nicht als Anki-Paket.",
  "deckFile.servedNotAsText": "„{{name}}“ kommt als {{type}} an, nicht als Text.",
  "deckFile.downloadTooBig": "„{{name}}“ ist größer als {{limit}}. Teile ihn in kleinere Stapel auf.",
  "deckFile.downloadSlow":
    "Das Herunterladen von „{{name}}“ hat länger als {{seconds}} s gedauert. Versuch es noch einmal.",
  "deckFile.downloadFailed":
    "Ich konnte „{{name}}“ nicht herunterladen ({{detail}}). Versuch es noch einmal.",
  "deckFile.downloadFailedNetwork":
    "Ich konnte „{{name}}“ nicht herunterladen (Netzwerkfehler). Versuch es noch einmal.",
};
