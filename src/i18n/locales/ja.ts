import type { Catalogue } from "./en.js";

/** Japanese. Terms and style: docs/i18n/ja.md. Polite です/ます style; one plural form (other). */
export const ja: Catalogue = {
  // counted nouns: noun first, then number and counter (カード3枚, お題1個), as a stats line reads
  "count.days_other": "{{count}}日",
  "count.items_other": "{{count}}件",
  "count.cards_other": "カード{{count}}枚",
  "count.questions_other": "{{count}}問",
  "count.prompts_other": "お題{{count}}個",
  "count.problems_other": "{{count}}か所",
  "count.points_other": "{{count}}pt",
  "count.pointsWord_other": "{{count}}ポイント",
  "count.decks_other": "{{count}}デッキ",
  "count.players_other": "{{count}}人",
  "count.warnings_other": "警告{{count}}件",

  genericFailure:
    "こちら側でエラーが発生しました（あなたの操作が原因ではありません）。もう一度お試しください。（参照コード：`{{ref}}`）",
  storeUnavailable:
    "現在ストレージに接続できないため、保存できませんでした。1分ほどしてからもう一度お試しください。",
  unknownDeck: "ここには「{{id}}」というデッキはありません。使えるデッキは `/deck list` で確認できます。",
  cardsTooFewAnswers_backs:
    "「{{deck}}」のカードは選択問題として出題できません。裏面が{{distinct}}種類しかありませんが、各問題には正解のほかに、別のカードから取った異なる不正解が3つ必要です。裏面が4種類以上になるまでカードを追加するか、`/recall` で学習してください。",
  cardsTooFewAnswers_fronts:
    "「{{deck}}」のカードは選択問題として出題できません。表面が{{distinct}}種類しかありませんが、各問題には正解のほかに、別のカードから取った異なる不正解が3つ必要です。表面が4種類以上になるまでカードを追加するか、`/recall` で学習してください。",
  channelBusy:
    "このチャンネルでは {{host}} が始めた「{{deck}}」のラウンドが進行中です。終わるまで待つか、開始した人かモデレーターに `/stop` で終了してもらってください。",
  settingsCorrupt:
    "このサーバーのクイズ設定を読み込めないため、当面は「サーバー管理」権限を持つメンバーだけがラウンドを開始できます。そのメンバーに `/config set` で設定を保存し直してもらってください。",
  settingsCorruptStarters:
    "「サーバー管理」権限を持つメンバーのみ（保存された設定を読み込めないため、設定が保存し直されるまで）",
  notAllowedToStart:
    "このサーバーでは、クイズ用ロール（または「サーバー管理」権限）を持つメンバーだけがラウンドを開始できます。",
  botMissingPermissions:
    "このチャンネルではラウンドを実行できません。ボットにはここで{{missing}}の権限が必要です。モデレーターにこれらの権限を付与してもらうか、`/practice solo: True` で一人で遊んでください。",
  guildOnly: "このコマンドはサーバー内でのみ使えます。ダイレクトメッセージでは使えません。",
  roundStarted:
    "{{host}} が **{{deck}}** の{{mode}}ラウンドを開始しました（{{items}}）。ボタンで答えてください！",
  privateRoundReplaced: "（前のプライベートラウンドは終了しました）",

  // clicks
  badButton:
    "このボタンは認識できません。古いバージョンのボットのボタンかもしれません。新しいラウンドを始めてください。",
  roundEnded: "このラウンドは終了しました。`/practice` で新しいラウンドを始めましょう。",
  questionClosed: "この問題は締め切られました。答えはメッセージに表示されています。",
  notYourButton: "このボタンは他の人のプライベートラウンドのものです。",
  notCurrent: "その問題はもう締め切られています。",
  duplicateAnswer: "すでに **{{letter}}** と回答済みです。最初の回答が有効です。",
  answerAlreadyCounted: "この問題にはすでに回答済みです。最初の回答が有効です。",
  correct: "✅ 正解！ +{{points}}。連続正解：{{streak}}{{fire}}",
  wrong:
    "❌ 残念、不正解です（あなたの選択：**{{letter}}**）。答えは問題の締め切り時に公開されます。連続正解はリセットされます。",
  wrongSolo: "❌ 残念、不正解です（あなたの選択：**{{letter}}**）。正解は **{{correctLetter}}** です。",
  hint: "💡 ヒント：{{hint}}\n*（ヒントを使うと、この問題の得点は半分になります）*",
  noHint: "この問題にはヒントがありません。自分を信じて！",
  onlyHostReveals:
    "締め切り前に答えを公開できるのは、ラウンドを開始した人（または「メッセージの管理」権限を持つメンバー）だけです。",
  gradeSaved: "評価「**{{grade}}**」を記録しました。次の復習は{{when}}です。",
  conceptsResult: "要点を **{{got}}/{{total}}** 押さえられました。",
  stopDone: "「{{deck}}」のラウンドを終了しました。",
  stopNone: "このチャンネルで進行中のラウンドはありません。",
  stopNotAllowed: "ラウンドを終了できるのは、開始した人か「メッセージの管理」権限を持つメンバーだけです。",
  restarting: "⏹️ ボットが再起動するため、このラウンドは終了しました。獲得済みのポイントは保存されています。",
  interrupted:
    "⏹️ ボットが予期せず停止したため、このラウンドは中断されました。獲得済みのポイントは保存されています。",
  idleEnded:
    "⏹️ しばらく操作がなかったため、このプライベートラウンドは終了しました。いつでも新しく始められます。",
  stoppedBy: "⏹️ {{who}} がラウンドを終了しました。",

  // typed answers
  typedCorrect: "✅ 正解{{points}}",
  typedTypo_other: "✅ 誤字{{count}}か所で正解扱い：「{{typed}}」→ {{expected}}{{points}}",
  typedPoints: "！ +{{points}}。連続正解：{{streak}}{{fire}}",
  typedWrong:
    "❌ 残念、不正解です。答えは問題の締め切り時に公開されます。正しかったと思う場合は、下のボタンで申告してください。",
  typedWrongSolo: "❌ 残念、不正解です。正解は **{{expected}}** です。",
  typedRejected: "❌ 残念、よくある惜しい間違いです。答えは問題の締め切り時に公開されます。",
  typedAlready: "すでに「{{typed}}」と回答済みです。最初の回答が有効です。",
  typedModalTitle: "あなたの答え（{{n}}/{{of}}）",
  typedModalLabel: "答え",
  typedLeftOut_other: "（答えが長い{{count}}問は除外しました。選択肢をクリックして答える問題です）",
  noneTypeable:
    "「{{deck}}」には入力で答えられる問題がありません。どの答えも60文字を超えていて、`typed: true` の指定もありません。`/practice mode: choices` で遊んでください。",
  overrideDone:
    "統計と復習スケジュールでは正解として扱いました（自己申告として記録）。ランキングのポイントは加算されません。",
  overrideCardDone: "正解として扱いました。次の復習は{{when}}です。",
  overrideAlready: "この問題はすでに正解だったと申告済みです。",
  overrideNothing:
    "ここには訂正するものがありません。正解扱いにできるのは、入力した答えの不正解か「もう一度」の評価だけです。",

  // information
  leaderboardWeek: "🏆 ランキング：今週",
  leaderboardAll: "🏆 ランキング：全期間",
  leaderboardEmpty: "まだ誰もポイントを獲得していません。`/practice` でラウンドを始めましょう！",
  yourRank: "あなた：{{players}}人中{{rank}}位（{{points}}）",
  notRanked: "このサーバーではまだポイントを獲得していません。",
  statsTitle: "📊 学習の統計",
  cooldown_other: "さきほど実行したばかりです。{{count}}秒後にもう一度お試しください。",
  deckListTitle: "📚 デッキ",
  deckListEmpty: "まだデッキがありません。",

  // moderators
  moderatorsOnly:
    "この操作は、「サーバー管理」権限か、このサーバーのクイズモデレーターロールを持つメンバーだけが行えます。何も変更されていません。",
  deckAdded:
    "デッキ `{{id}}`（**{{title}}**）を追加しました。このサーバーの全員がすぐに遊べます：`/practice deck:{{id}}`",
  deckReplaced:
    "デッキ `{{id}}`（**{{title}}**）を上書きしました。このサーバーの全員がすぐに遊べます：`/practice deck:{{id}}`",
  deckRejected:
    "`{{file}}` は保存されませんでした。修正が必要な箇所が{{problems}}あります。`npm run deck:check -- {{file}}` で手元で確認するか、docs/decks.md を参照してください。",
  deckExists:
    "このサーバーにはすでにデッキ `{{id}}` があります。上書きする場合は `/deck add replace: True` でアップロードし直し、そうでない場合はファイル名を変えてください。",
  deckBuiltIn:
    "`{{id}}` は組み込みデッキのIDです。ファイル名を変えてください（ファイル名がデッキIDになります）。",
  deckLimit:
    "このサーバーのデッキは上限の{{decks}}に達しています。先に `/deck remove` でひとつ削除してください。",
  deckRemoved: "デッキ `{{id}}` を削除しました。プレイヤーがこのデッキで獲得したポイントと履歴は残ります。",
  deckNotServers:
    "`{{id}}` はこのサーバーにアップロードされたデッキではありません（組み込みデッキは削除できません）。",
  uploadBusy:
    "このサーバーでは確認待ちのデッキのアップロードが多すぎます。1分ほどしてからもう一度お試しください。",
  uploadTooSlow:
    "`{{file}}` の読み込みに時間がかかりすぎたため（10秒超）、何も保存されていません。小さなファイルに分けて、ひとつずつアップロードしてください。",
  uploadCrashed:
    "`{{file}}` を読み込めなかったため、何も保存されていません（アップロードで使えるメモリを超えているか、ファイルが壊れています）。エクスポートし直すか、小さなファイルに分けてください。",
  importFormat: "形式：{{detail}}",
  importSkippedTitle: "スキップ（{{n}}件）",
  importSkippedNone: "スキップしたものはありません。",
  importPreviewTitle: "プレビュー",
  deckExported: "`{{id}}` のファイルです。編集してから `/deck add replace: True` でアップロードし直せます。",
  settingsSaved: "設定を保存しました。次のラウンドから適用されます。",
  settingsNothing: "変更する項目がありません。オプションを1つ以上選んでください。",
  badTimezone:
    "「{{tz}}」は認識できないタイムゾーンです。Asia/Tokyo、America/New_York、UTC のようなタイムゾーン名を使ってください。",

  // daily quizzes
  dailyTitle: "📅 デイリークイズ",
  dailyPostSingle:
    "📅 **今日の一問**（{{day}}）。締め切りまでいつでも回答できます。回答するとデイリー連続記録に数えられます。",
  dailyPost:
    "📅 **デイリークイズ {{n}}/{{of}}**（{{day}}）。締め切りまでいつでも回答できます。回答するとデイリー連続記録に数えられます。",
  dailyCorrectToday: "今日の正解者",
  dailyNobodyCorrect: "今回は正解者がいませんでした。明日の問題に挑戦しましょう！",
  andMore: "ほか{{n}}",
  dailyBadTime:
    "「{{text}}」は時刻として認識できません。24時間表記の HH:MM（例：09:00、18:30）で指定してください。",
  dailyBadChannel: "デイリークイズにはテキストチャンネルかアナウンスチャンネルを選んでください。",
  dailyDeckEmpty: "デッキ「{{deck}}」には出題できる選択問題がありません。別のデッキを選んでください。",
  dailySaved: "デイリークイズを設定しました。毎日 {{time}}（{{tz}}）に {{channel}} へ投稿します。",
  dailyNone: "このサーバーにはまだデイリークイズがありません。モデレーターが `/daily set` で設定できます。",
  dailyOff:
    "デイリークイズをオフにしました。投稿済みの問題は予定どおり締め切られ、答えが公開されます。`/daily set` で再びオンにできます。",
  dailyAlreadyOff: "デイリークイズはすでにオフです。",
  dailyNowPosted:
    "今日のデイリークイズを {{channel}} に投稿しました。今日の分として数えるため、本日の定時投稿は行いません。",
  dailyNowAlready: "今日のデイリークイズは投稿済みです。次回はいつもの時刻に投稿されます。",
  dailyNowOff: "デイリークイズはオフです。先に `/daily set` でオンにしてください。",
  dailyStatusOn: "オン",
  dailyStatusOff: "オフ",
  dailyFooter: "時刻はサーバーのタイムゾーン（{{tz}}）です。タイムゾーンは /config set で変えられます。",
  "dailyDisabled.channel-missing":
    "⚠️ ボットがオフにしました：投稿先のチャンネルが削除されたか、ボットから見えなくなりました。`/daily set` でチャンネルを選び直してください。",
  "dailyDisabled.no-permission":
    "⚠️ ボットがオフにしました：投稿先のチャンネルに投稿する権限がありません。そのチャンネルでボットに「チャンネルを見る」、「メッセージを送信」、「埋め込みリンク」の権限を付与してから、もう一度 `/daily set` を実行してください。",
  "dailyDisabled.deck-removed":
    "⚠️ ボットがオフにしました：デッキが削除されました。`/daily set` で別のデッキを選んでください。",
  "dailyDisabled.deck-empty":
    "⚠️ ボットがオフにしました：デッキに選択問題がありません。`/daily set` で別のデッキを選んでください。",
  streakTitle: "🔥 デイリー連続記録",
  streakYours:
    "あなたのデイリー連続記録：**{{current}}**（最高{{best}}）。今日どれか1問に答えると記録が続きます。",
  streakBoard: "継続中の連続記録（長い順）",
  streakBoardEmpty: "継続中の連続記録はまだありません。今日のデイリークイズに答えて始めましょう！",

  // permissions
  rolesNeedManageServer:
    "`/config set starter_role` と `/config set moderator_role` を使えるのは、「サーバー管理」権限を持つメンバーだけです（そうしないと、クイズモデレーターが全員をモデレーターにできてしまうためです）。何も変更されていません。",
  youCantPostHere:
    "このチャンネルでは公開ラウンドを開始できません。あなた自身にこのチャンネルでの{{missing}}の権限が必要です。`/practice solo: True` で一人で遊ぶか、モデレーターに相談してください。",
  dailyYouCantPost:
    "{{channel}} はデイリークイズの投稿先にできません。あなた自身にそのチャンネルでの{{missing}}の権限が必要です。投稿できるチャンネルを選んでください。何も変更されていません。",

  // counts in renderers
  finishedItems: "{{items}}を終えました。おつかれさまでした！",
  answeredInAll: "{{spread}}（計{{n}}人）",
  andMoreLine: "…ほか{{n}}",

  // review of what you missed (/review) and its reminders
  reviewFinished:
    "{{items}}を復習しました。間違えたものはすぐに、覚えていたものは時間をおいてまた出てきます。",
  reviewFinishedAnswered:
    "{{items}}を復習しました（{{answered}}問中{{correct}}問正解）。間違えたものはすぐに、覚えていたものは時間をおいてまた出てきます。",
  reviewNothingDue: "今は復習待ちのものがありません。次の復習は{{next}}です。",
  reviewNothingYet:
    "まだ復習するものがありません。答えた問題と評価したカードが、ここで復習の予定に入ります。`/practice` か `/recall` を試してみてください。",
  reviewNothingInDeck: "「{{deck}}」にはまだ復習するものがありません。",
  reviewDeckTitle: "復習：{{deck}}",
  reviewAllTitle: "復習：間違えたもの",
  reminderOn:
    "復習リマインダーをオンにしました。復習待ちがある日は毎日 {{time}}（{{tz}}）にダイレクトメッセージを送ります。`/review remind off` でオフにできます。（プライバシー設定で、このサーバーのメンバーからのダイレクトメッセージを許可している場合のみ届きます）",
  reminderOff: "復習リマインダーをオフにしました。",
  reminderAlreadyOff: "復習リマインダーはすでにオフです。",
  reminderBadTime:
    "「{{text}}」は時刻として認識できません。24時間表記の HH:MM（例：08:00、19:30）で指定してください。",
  reminderDm: "📚 「{{deck}}」に復習待ちが{{items}}あります（{{server}}）：/review",
  reminderDmOthers_other:
    "📚 「{{deck}}」ほか{{count}}デッキに復習待ちが{{items}}あります（{{server}}）：/review",
  statsItemsDue: "復習待ち",
  statsNextReview: "次の復習",
  statsNothingScheduled: "予定なし",
  statsReminderFailed:
    "⚠️ 復習リマインダーはオフになりました：3日続けてダイレクトメッセージを送れませんでした。このサーバーのメンバーからのダイレクトメッセージを許可してから、もう一度 `/review remind on` を実行してください。",

  // words drawn into the pictures (the embeds carry the same figures as text)
  "image.points": "ポイント",
  "image.accuracy": "正答率",
  "image.answerStreak": "連続正解",
  "image.dailyStreak": "デイリー連続記録",
  "image.due": "復習待ち",
  "image.best": "最高{{n}}",
  "image.last30": "過去30日",
  "image.correct": "正解",
  "image.wrong": "不正解",
  "image.byDifficulty": "難易度別の正答率",
  "image.noAnswers": "回答なし",
  "image.forecast": "今後14日間の復習予定",
  "image.today": "今日：{{n}}",
  "image.max": "最大{{n}}",
  "image.year": "過去52週",
  "image.less": "少",
  "image.more": "多",
  "image.pts": "{{n}}pt",
  "image.correctOf": "{{n}}問中{{c}}問正解",
  "image.you": "あなた",

  // the question message and its reveal
  "question.title": "{{deck}} · 問題 {{n}}/{{of}}",
  "question.closes": "{{when}}に締め切り",
  "question.noTimer": "時間制限なし",
  "question.closed": "締め切り済み",
  "question.easy": "🟢 やさしい",
  "question.medium": "🟡 ふつう",
  "question.hard": "🔴 むずかしい",
  "question.hint": "ヒント",
  "question.reveal": "答えを公開（ホスト）",
  "question.footerSolo": "プライベートラウンド：あなたにしか見えません。",
  "question.footerPublic": "回答は1人1回。最初のクリックが有効です。",
  "question.answer": "答え",
  "question.why": "解説",
  "question.steps": "解き方",
  "question.mistakes": "よくある間違い",
  "question.answers": "回答の内訳",
  "question.nobody": "回答者はいませんでした。",
  "question.fastest": "最速正解者",
  "question.fastestValue": "{{user}}（{{seconds}}秒）",

  // the round's summary
  "summary.title": "ラウンド終了：{{deck}}",
  "summary.nobody": "今回は誰も回答しませんでした。",
  "summary.score": "{{points}}（{{answered}}問中{{correct}}問正解）",
  "summary.streak": " · 連続正解 {{before}} → {{after}}",
  "summary.footer": "このサーバーの順位は /leaderboard、あなたの成績は /stats で確認できます。",

  // recall cards and typed answers
  "card.title": "{{deck}} · カード {{n}}/{{of}}",
  "card.showsAt": "{{when}}に全員へ答えを公開",
  "card.revealAnswer": "答えを見る",
  "card.showAll": "全員に公開（ホスト）",
  "card.footer": "まず答えを思い出してから、答えを見て自己評価してください。",
  "card.answerStatus": "答え",
  "card.again": "もう一度",
  "card.hard": "難しい",
  "card.good": "正解",
  "card.easy": "簡単",
  "typed.footerPublic": "各自が非公開で入力します。最初の回答が有効です。",
  "typed.alsoAccepted": "別解",
  "typed.right": "正解者",
  "typed.rightOf": "{{answered}}人中{{right}}人",

  // explain prompts
  "explain.title": "{{deck}} · 説明してみよう",
  "explain.instructions":
    "自分の言葉で説明してみてください（声に出しても、紙に書いても、チャットでもかまいません）。そのあと自己チェックしましょう。",
  "explain.shownAt": "{{when}}に模範解答を公開",
  "explain.check": "自己チェック",
  "explain.pick": "説明に含めた要点をすべて選んでください：",
  "explain.placeholder": "説明できた要点",
  "explain.modelAnswer": "模範解答",
  "explain.revisit": "見直したい要点",
  "explain.concepts": "要点",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: "デッキ「{{deck}}」には問題がありません。別のデッキかモードをお試しください。",
  deckEmptyFor_easy:
    "デッキ「{{deck}}」には難易度「やさしい」の問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_medium:
    "デッキ「{{deck}}」には難易度「ふつう」の問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_hard:
    "デッキ「{{deck}}」には難易度「むずかしい」の問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_cards: "デッキ「{{deck}}」にはカードがありません。別のデッキかモードをお試しください。",
  deckEmptyFor_prompts:
    "デッキ「{{deck}}」には説明用のお題がありません。別のデッキかモードをお試しください。",
  deckEmptyFor_due: "「{{deck}}」には現在、復習待ちのものはありません。",
  channelBusyUnknown:
    "このチャンネルではすでにラウンドが進行中です。終わるまで待つか、モデレーターに `/stop` で終了してもらってください。",
  stoppedByPlayer: "⏹️ プレイヤーがラウンドを終了しました。",
  "round.next": "次へ",
  "round.seeResults": "結果を見る",
  "level.beginner": "初級",
  "level.intermediate": "中級",
  "level.advanced": "上級",
  "roundMode.practice": "練習",
  "roundMode.typedPractice": "入力式の練習",
  "roundMode.test": "テスト",
  "roundMode.recall": "暗記",
  "roundMode.typedRecall": "入力式の暗記",
  "roundMode.explain": "説明",
  "roundMode.review": "復習",
  // quoted, as Japanese writes a setting's name; Intl.ListFormat joins them with 、
  "permission.viewChannel": "「チャンネルを見る」",
  "permission.sendMessages": "「メッセージを送信」",
  "permission.embedLinks": "「埋め込みリンク」",
  importWarningsTitle: "警告（{{n}}件）",
  deckNotSaved: "デッキは保存されませんでした",
  deckCounts:
    "{{cards}} · {{questions}}（やさしい {{easy}}、ふつう {{medium}}、むずかしい {{hard}}） · {{prompts}}",
  "deckList.addedBy": "{{user}} が{{when}}に追加",
  "deckList.footer": "ページ {{page}}/{{pages}} · 📘 組み込み · 📗 このサーバー · /practice で遊べます",
  "deckList.previous": "前へ",
  "deckList.next": "次へ",
  "deckInfo.id": "ID",
  "deckInfo.tags": "タグ",
  "deckInfo.noTags": "なし",
  "deckInfo.source": "提供元",
  "deckInfo.addedBy": "{{user}} が{{when}}に追加",
  "deckInfo.builtIn": "組み込み",
  "config.title": "⚙️ クイズの設定",
  "config.questions": "1ラウンドの問題数",
  "config.timer": "1問あたりの秒数",
  "config.timezone": "タイムゾーン",
  "config.starters": "ラウンドを開始できる人",
  "config.everyone": "全員",
  "config.moderators": "クイズモデレーター",
  "config.moderatorsRole": "{{role}} と「サーバー管理」権限",
  "config.manageServer": "「サーバー管理」権限",
  "config.pictures": "画像",
  "config.picturesOn": "オン",
  "config.picturesOff": "オフ（テキストのみ）",
  "config.language": "言語",
  "config.footer":
    "/config set で変えられます。タイムゾーンはデイリー連続記録とランキングの週の区切りに使われます。",
  "dailyStatus.status": "状態",
  "dailyStatus.nextPost": "次の投稿",
  "dailyStatus.time": "毎日の投稿時刻",
  "dailyStatus.channel": "チャンネル",
  "dailyStatus.deck": "デッキ",
  "dailyStatus.questions": "1日の問題数",
  reminderServerUnknown: "あなたのサーバー",
  "stats.points": "ポイント",
  "stats.accuracy": "正答率",
  "stats.accuracyValue": "{{percent}}%（{{correct}}/{{answered}}）",
  "stats.accuracyOverrides_other": "{{percent}}%（{{correct}}/{{answered}}、うち{{count}}問は自己申告）",
  "stats.answerStreak": "連続正解",
  "stats.dailyStreak": "デイリー連続記録",
  "stats.streakValue": "{{current}}（最高{{best}}）",
  "stats.decksPlayed": "遊んだデッキ数",
  "stats.reminder": "復習リマインダー",
  "testResult.title": "テスト結果：{{deck}}",
  "testResult.strong": "💪 得意",
  "testResult.needsWork": "🛠️ もう少し",
  "testResult.weak": "📚 苦手",
  "testResult.score": "**{{verdict}}**：{{total}}問中{{correct}}問正解（{{percent}}%）",
  "testResult.footer": "得意 80%以上 · もう少し 50〜79% · 苦手 50%未満。/practice で力をつけましょう。",
  "difficulty.easy": "やさしい",
  "difficulty.medium": "ふつう",
  "difficulty.hard": "むずかしい",
  overrideButton: "正解だった",
};
