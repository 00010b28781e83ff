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

  // problems in an uploaded deck file: `ファイル:行:列 エラー パス: 内容`; deck-format words stay as typed
  deckFileError: "エラー",
  deckFileWarning: "警告",
  // the file as a whole
  "deckFile.loadBug":
    "このファイルを読み込めませんでした（{{detail}}）。quizdeck の不具合です。お手数ですが報告してください",
  "deckFile.fileExtension": "デッキファイルの拡張子は {{extensions}} のいずれかにしてください",
  "deckFile.badFileName":
    "デッキの ID はファイル名から決まりますが、「{{id}}」は ID として使えません。英小文字、数字、「-」で1〜32文字とし、先頭は英小文字か数字にしてください。ファイル名を「{{suggested}}」に変えてください",
  "deckFile.fileTooBig": "ファイルが{{size}}KBあります。上限は{{limit}}KBです。小さなデッキに分けてください",
  "deckFile.notText":
    "ファイルが UTF-8 のテキストではありません。デッキは UTF-8 で保存した YAML か JSON のテキストファイルにしてください（バイナリファイルか、別の文字コードのファイルのようです）",
  "deckFile.fileEmpty":
    "ファイルが空です。デッキには title: と、カード、問題、お題のいずれか1件以上が必要です",
  "deckFile.fileNotMapping":
    "ファイル全体は{{actual}}ではなく、フィールドのマッピング（title: や questions: など）にしてください",
  // what a value is, inside other sentences (「リストではなく」「ファイル全体はテキスト（「…」）ではなく」)
  "deckFile.aList": "リスト",
  "deckFile.aMapping": "マッピング",
  "deckFile.someText": "テキスト（「{{text}}」）",
  "deckFile.aValue": "{{value}}",
  // YAML (`detail` is the YAML library's own English, shown as it is)
  "deckFile.yaml": "YAML：{{detail}}",
  "deckFile.yamlHint": "YAML：{{detail}}。ヒント：{{hint}}",
  "deckFile.multipleDocs": "ファイルに YAML のドキュメントが複数あります",
  "deckFile.hintQuoteColon":
    'コロンとスペース（「: 」）を含むテキストは引用符で囲んでください（例：prompt: "注: 正しいものを選んでください"）',
  "deckFile.hintQuoteStart": "` @ % | > ' \" [ { のいずれかで始まるテキストは引用符で囲んでください",
  "deckFile.hintTabs": "インデントにはタブではなくスペースを使ってください",
  "deckFile.hintOneDocument":
    "デッキファイルに入れられるドキュメントはひとつだけです。余分な '---' の行を削除してください",
  "deckFile.hintIndent":
    "インデントを確認してください。同じリストやマッピングの要素は、同じ列から書き始める必要があります",
  "deckFile.tooManyTokens": "ファイル内の個別の値がデッキとしては多すぎます。小さなデッキに分けてください",
  "deckFile.tooManyValues": "ファイル内の値が{{max}}個を超えています。小さなデッキに分けてください",
  "deckFile.tooDeep":
    "入れ子が{{max}}階層を超えています。デッキに必要なのは4階層（デッキ → questions → 問題 → choices）だけです。インデントを確認してください",
  "deckFile.tooManyAliases":
    "エイリアス（*name）が{{max}}個を超えて使われています。エイリアスを重ねて参照すると値が数十億個にまで膨らむことがあるため、数を制限しています",
  "deckFile.unknownAlias": "不明なエイリアス *{{name}} です。使う前に &{{name}} を定義してください",
  "deckFile.selfAlias": "エイリアス *{{name}} が、自分自身を含む値を参照しています",
  "deckFile.keyNotText": "フィールド名は title のような普通のテキストにしてください",
  "deckFile.duplicateField":
    "フィールド「{{key}}」が重複しています。ここでは同じフィールドを1回しか書けません。どちらかを削除するか、名前を変えてください",
  // fields, as the schema checks them (the line starts with the field's path: `title: 空にはできません`)
  "deckFile.mustNotBeEmpty": "空にはできません",
  "deckFile.missingInDeck": "必須のフィールドがありません。デッキに {{field}}: を追加してください",
  "deckFile.missingInCard": "必須のフィールドがありません。このカードに {{field}}: を追加してください",
  "deckFile.missingInQuestion": "必須のフィールドがありません。この問題に {{field}}: を追加してください",
  "deckFile.missingInPrompt": "必須のフィールドがありません。このお題に {{field}}: を追加してください",
  "deckFile.mustBeText": "{{actual}}ではなく、テキストにしてください",
  "deckFile.mustBeList": "{{actual}}ではなく、リスト（1行にひとつずつ「- item」の形）にしてください",
  "deckFile.mustBeMapping":
    "{{actual}}ではなく、フィールドのマッピング（「フィールド名: 値」の行）にしてください",
  "deckFile.notAllowed": "「{{value}}」は使えません。次のいずれかにしてください：{{allowed}}",
  "deckFile.unknownFieldGuess": "不明なフィールド「{{key}}」です。「{{guess}}」のことですか？",
  "deckFile.unknownFieldList": "不明なフィールド「{{key}}」です。使えるフィールド：{{allowed}}",
  "deckFile.withSize": "{{problem}}（現在{{size}}）",
  "deckFile.textTooLong": "{{max}}文字までです",
  "deckFile.badItemId": "ID は英小文字、数字、「-」、「_」で1〜40文字にしてください",
  "deckFile.mustBeBoolean": "true か false にしてください",
  "deckFile.tooManyAlternatives": "{{max}}個までです",
  "deckFile.badCodeLanguage": "言語名は python のような、コードブロック用の短い名前にしてください",
  "deckFile.tooFewChoices": "選択肢が{{min}}個以上必要です",
  "deckFile.tooManyChoices": "選択肢は{{max}}個までです",
  "deckFile.tooManySteps": "解き方の手順は{{max}}個までです",
  "deckFile.tooManyMistakes": "よくある間違いは{{max}}個までです",
  "deckFile.noConcepts": "要点が1個以上必要です",
  "deckFile.tooManyConcepts": "要点は{{max}}個までです",
  "deckFile.tooManyTags": "タグは{{max}}個までです",
  "deckFile.badDeckLanguage": "言語は ja、en、pt-BR のような言語タグにしてください",
  // checks across fields and items (the linter)
  "deckFile.noItems": "デッキにカード、問題、お題がひとつもありません。1件以上追加してください",
  "deckFile.tooManyItems":
    "デッキの項目が{{total}}件あります。上限は{{limit}}件です。複数のデッキに分けてください",
  "deckFile.duplicateId": "ID「{{id}}」は {{where}} でも使われています。項目ごとに別々の ID が必要です",
  "deckFile.duplicateIdFromFront":
    "ID「{{id}}」（front: の内容から作られたもの）は {{where}} でも使われています。重複しているなら削除し、そうでなければどちらかに id: の行を追加してください",
  "deckFile.duplicateIdFromPrompt":
    "ID「{{id}}」（prompt: の内容から作られたもの）は {{where}} でも使われています。重複しているなら削除し、そうでなければどちらかに id: の行を追加してください",
  "deckFile.acceptRepeatsAnswer":
    "「{{text}}」は答えと同じです。書かなくても正解になるので、削除してください",
  "deckFile.rejectIsAccepted":
    "「{{text}}」は正解として認められる答えでもあります。惜しい間違いは、正解として認める答えのどれとも違うものにしてください",
  "deckFile.alternativesUntyped":
    "accept: と reject: は入力式のラウンドでしか使われません。{{max}}文字を超える答えは、typed: true を指定したときだけ入力式で出題されます",
  "deckFile.choiceRepeats":
    "選択肢「{{choice}}」は「{{earlier}}」と重複しています（大文字と小文字、スペースの違いは区別しません）。選択肢はすべて違うものにしてください",
  "deckFile.answerIsLetter":
    "answer: は選択肢のいずれかと同じにしてください。「{{answer}}」は選択肢の記号のようですが、選択肢は並べ替えられるため、答えには記号ではなく選択肢のテキストを書きます。正しい選択肢のテキストを書いてください",
  "deckFile.answerIsLetterMeant":
    'answer: は選択肢のいずれかと同じにしてください。「{{answer}}」は選択肢の記号のようですが、選択肢は並べ替えられるため、答えには記号ではなく選択肢のテキストを書きます。選択肢 {{letter}} のつもりなら、answer: "{{meant}}" と書いてください',
  "deckFile.answerNotAChoice":
    "answer: は選択肢のいずれかと同じにしてください。最も近いもの：「{{closest}}」",
  "deckFile.letterReference":
    "「{{letter}}」は選択肢を記号で指していますが、選択肢はプレイヤーごとに並べ替えられます。記号ではなく、選択肢のテキストで指してください",
  "deckFile.orderDependent":
    "「{{phrase}}」は選択肢の並び順に左右されますが、選択肢は並べ替えられます。代わりに「{{instead}}」と書いてください",
  // where an item came from, inside other sentences (「3行目と表面が同じです」)
  "deckFile.originLine": "{{n}}行目",
  "deckFile.originRow": "{{n}}件目",
  "deckFile.originNote": "ノート {{id}}",
  "deckFile.originLineCloze": "{{n}}行目（c{{c}}）",
  "deckFile.originNoteCloze": "ノート {{id}}（c{{c}}）",
  // the format, after 「形式：」 (Quizlet's and Anki's own Japanese words: 単語, 定義, ノート, コレクション)
  "deckFile.formatCsv": "見出し行のある CSV/TSV",
  "deckFile.formatQuizlet": "Quizlet のエクスポート（1行に単語と定義）",
  "deckFile.formatAnkiText": "Anki のノート（プレーンテキスト）",
  "deckFile.formatApkg": "Anki パッケージ（.apkg）",
  "deckFile.formatCsvTab": "見出し行のある CSV（タブ区切り）",
  "deckFile.formatCsvComma": "見出し行のある CSV（カンマ区切り）",
  "deckFile.formatCsvSemicolon": "見出し行のある CSV（セミコロン区切り）",
  "deckFile.formatQuizletTabLines": "Quizlet のエクスポート（単語と定義の間はタブ、カードの間は改行）",
  "deckFile.formatQuizletTabSemicolons":
    "Quizlet のエクスポート（単語と定義の間はタブ、カードの間はセミコロン）",
  "deckFile.formatQuizletCommaLines": "Quizlet のエクスポート（単語と定義の間はカンマ、カードの間は改行）",
  "deckFile.formatQuizletCommaSemicolons":
    "Quizlet のエクスポート（単語と定義の間はカンマ、カードの間はセミコロン）",
  "deckFile.formatAnkiTextTabHtmlOn": "Anki のノート（プレーンテキスト、タブ区切り、HTML あり）",
  "deckFile.formatAnkiTextTabHtmlOff": "Anki のノート（プレーンテキスト、タブ区切り、HTML なし）",
  "deckFile.formatAnkiTextCommaHtmlOn": "Anki のノート（プレーンテキスト、カンマ区切り、HTML あり）",
  "deckFile.formatAnkiTextCommaHtmlOff": "Anki のノート（プレーンテキスト、カンマ区切り、HTML なし）",
  "deckFile.formatAnkiTextSemicolonHtmlOn": "Anki のノート（プレーンテキスト、セミコロン区切り、HTML あり）",
  "deckFile.formatAnkiTextSemicolonHtmlOff": "Anki のノート（プレーンテキスト、セミコロン区切り、HTML なし）",
  "deckFile.formatAnkiTextSpaceHtmlOn": "Anki のノート（プレーンテキスト、スペース区切り、HTML あり）",
  "deckFile.formatAnkiTextSpaceHtmlOff": "Anki のノート（プレーンテキスト、スペース区切り、HTML なし）",
  "deckFile.formatAnkiTextPipeHtmlOn": "Anki のノート（プレーンテキスト、縦線（|）区切り、HTML あり）",
  "deckFile.formatAnkiTextPipeHtmlOff": "Anki のノート（プレーンテキスト、縦線（|）区切り、HTML なし）",
  "deckFile.formatAnkiTextColonHtmlOn": "Anki のノート（プレーンテキスト、コロン区切り、HTML あり）",
  "deckFile.formatAnkiTextColonHtmlOff": "Anki のノート（プレーンテキスト、コロン区切り、HTML なし）",
  "deckFile.formatAnkiTextOtherHtmlOn":
    "Anki のノート（プレーンテキスト、「{{separator}}」区切り、HTML あり）",
  "deckFile.formatAnkiTextOtherHtmlOff":
    "Anki のノート（プレーンテキスト、「{{separator}}」区切り、HTML なし）",
  "deckFile.formatApkgCurrent": "Anki パッケージ（現行の Anki の形式、collection.anki21b）",
  "deckFile.formatApkgAnki21": "Anki パッケージ（Anki 2.1 の形式、collection.anki21）",
  "deckFile.formatApkgLegacy": "Anki パッケージ（旧形式、collection.anki2）",
  // why one row or note was skipped (after 「3行目: 」 and in allSkipped)
  "deckFile.frontQuestionEmpty": "表面（問題）が空です",
  "deckFile.backAnswerEmpty": "裏面（答え）が空です",
  "deckFile.badDifficulty": "difficulty 列の「{{difficulty}}」は easy、medium、hard のいずれでもありません",
  "deckFile.quizletNoTab": "単語と定義の間にタブがありません",
  "deckFile.quizletNoComma": "単語と定義の間にカンマがありません",
  "deckFile.termEmpty": "単語が空です",
  "deckFile.definitionEmpty": "定義が空です",
  "deckFile.frontEmpty": "表面が空です",
  "deckFile.backEmpty": "裏面が空です",
  "deckFile.mediaOnly": "画像か音声しかありません（まだ表示に対応していません）",
  "deckFile.clozeWithoutDeletion": "穴埋めノートですが、{{example}} の穴埋めがひとつもありません",
  "deckFile.clozeDeletionEmpty": "穴埋めの中身が空です",
  "deckFile.noteOneField": "ノートのフィールドがひとつしかありません。カードには表と裏が必要です",
  "deckFile.sameFrontAs": "{{first}}と表面が同じです",
  "deckFile.sameQuestionAs": "{{first}}と問題文が同じです",
  "deckFile.fieldTooLong": "{{field}} は{{max}}文字までです（現在{{size}}文字）",
  "deckFile.fieldEmpty": "{{field}} は空にできません",
  "deckFile.fieldTooFewChoices": "{{field}} には選択肢が{{min}}個以上必要です",
  "deckFile.fieldTooManyChoices": "{{field}} の選択肢は{{max}}個までです",
  "deckFile.itemDoesNotFit": "デッキの形式に合いません",
  // the whole upload is refused
  "deckFile.uploadNotText":
    "ファイルが UTF-8 のテキストではありません。デッキは UTF-8 で保存したテキストファイルにしてください（バイナリファイルか、別の文字コードのファイルのようです）",
  "deckFile.importBug":
    "このファイルを取り込めませんでした（{{detail}}）。quizdeck の不具合です。お手数ですが報告してください",
  "deckFile.htmlTooDeep":
    "HTML の入れ子が{{max}}階層を超えています。ファイルが壊れているか、細工されているようです",
  "deckFile.noCardsOrQuestions": "ファイルにカードも問題もありません",
  "deckFile.allSkipped":
    "カードも問題も取り込めませんでした。{{count}}件すべてをスキップしました（最初のもの：{{from}}：{{reason}}）",
  "deckFile.tooManyCardsAndQuestions":
    "このファイルからはカードと問題が合わせて{{count}}件できます。1デッキの上限は{{max}}件です。複数のファイルに分けてください",
  "deckFile.notAFile": "ファイルではありません",
  "deckFile.fileNotFound": "ファイルが見つかりません",
  "deckFile.fileUnreadable": "ファイルを読み込めませんでした（{{detail}}）",
  // text files (CSV, Quizlet, Anki text): rows
  "deckFile.tooManyRows":
    "ファイルの行数が{{max}}行を超えています。上限は{{max}}行です。小さなファイルに分けてください",
  "deckFile.rowTooLong":
    "{{max}}KBを超える長さの行があります。カード1枚はせいぜい数百文字です。この行の近くの引用符を確認してください",
  "deckFile.quoteNotClosed":
    '引用符で囲まれた値が閉じられていません。「"」で始まった値がファイルの最後まで続いています',
  "deckFile.quoteNotDoubled": '引用符で囲まれた値の中の引用符（"）は、2つ重ねてください（""）',
  "deckFile.rowsUnreadable": "行を読み取れませんでした：{{detail}}",
  "deckFile.rowsUnreadableOther": "行を読み取れませんでした（{{detail}}）",
  "deckFile.csvNoHeader":
    "1行目には列名を書いてください：front（または term、question、prompt）と back（または definition、answer）。省略可：wrong1..wrongN または choices、explanation、hint、difficulty、tags",
  "deckFile.notQuizlet":
    "Quizlet のエクスポートではないようです。{{lines}}行のうち{{unsplit}}行で、単語と定義の間にタブもカンマもありません。CSV の場合は、1行目に列名を書いてください（front,back）",
  "deckFile.ankiHeaderColumn": "#{{key}}: には「{{value}}」ではなく、1から数えた列番号を指定してください",
  "deckFile.ankiHeaderSeparator":
    "#separator: の「{{value}}」は、1文字でも区切り文字の名前（Tab、Comma、Semicolon、Space、Pipe、Colon）でもありません",
  // Anki packages: the zip
  "deckFile.notZip": "このファイルは zip アーカイブではないため、Anki パッケージ（.apkg）ではありません",
  "deckFile.packageTooLarge":
    "パッケージが{{size}}MBあります。上限は{{max}}MBです。ノートを減らすか、メディアを含めずにエクスポートしてください",
  "deckFile.packageUnpacksTooLarge": "パッケージを展開すると{{max}}MBを超えます。上限は{{max}}MBです",
  "deckFile.packageTooManyFiles": "パッケージ内のファイルが{{max}}個を超えています。上限は{{max}}個です",
  "deckFile.packageUnsafeEntry":
    "パッケージに、{{entry}}が含まれています。Anki が書き出したパッケージではありません",
  "deckFile.entryNameEmptyOrLong": "名前が空か長すぎるエントリー",
  "deckFile.entryNameControl": "「{{name}}」という名前のエントリー（制御文字かバックスラッシュを含む）",
  "deckFile.entryNameAbsolute": "絶対パスのエントリー（「{{name}}」）",
  "deckFile.entryNameOutside": "アーカイブの外を指すエントリー（「{{name}}」）",
  "deckFile.entryCompression": "「{{name}}」は Anki が使わない圧縮方式（{{method}}）を使っています",
  "deckFile.packageDamaged":
    "パッケージが壊れています（{{detail}}）。Anki からもう一度エクスポートしてください",
  // the collection in it
  "deckFile.noCollection":
    "パッケージに Anki のコレクション（collection.anki2、.anki21、.anki21b）が入っていません。Anki からデッキをもう一度エクスポートしてください",
  "deckFile.notZstd":
    "collection.anki21b が zstd で圧縮されたデータではありません。パッケージが壊れています。Anki からもう一度エクスポートしてください",
  "deckFile.collectionUnreadable":
    "パッケージのコレクションが、読み取れる Anki のデータベースではありません（{{detail}}）。Anki からデッキをもう一度エクスポートしてください",
  "deckFile.notACollection":
    "パッケージのデータベースが Anki のコレクションではありません（ノートもノートタイプもありません）。Anki からデッキをもう一度エクスポートしてください",
  "deckFile.tooManyNotes":
    "パッケージにノートが{{count}}件あります。上限は{{max}}件です。もっと小さなデッキかサブデッキをエクスポートしてください",
  "deckFile.noteTooLong":
    "ノート {{id}} のテキストが{{size}}KBあります。ノート1件あたりの上限は{{max}}KBです。コレクションが壊れているか、細工されているようです",
  "deckFile.noteNoFields": "ノート {{id}} にフィールドがありません。コレクションが壊れているようです",
  "deckFile.noteTooManyFields":
    "ノート {{id}} にフィールドが{{count}}個あります。Anki のノートのフィールドは最大{{max}}個です。コレクションが壊れているか、細工されているようです",
  "deckFile.noteHtmlTooDeep":
    "ノート {{id}}：HTML の入れ子が{{max}}階層を超えています。コレクションが壊れているか、細工されているようです",
  "deckFile.noNoteTypes":
    "パッケージのコレクションにノートタイプがありません。Anki からデッキをもう一度エクスポートしてください",
  "deckFile.noteTypesNotJson":
    "パッケージのノートタイプが正しい JSON ではありません。コレクションが壊れています",
  // the attachment, before and while it is downloaded
  "deckFile.notADeckFile":
    "「{{name}}」はデッキファイルではありません。.yaml・.yml・.json のデッキ、.csv/.tsv、Quizlet か Anki の .txt エクスポート、または Anki の .apkg パッケージをアップロードしてください。",
  "deckFile.uploadTooBig":
    "「{{name}}」は{{size}}あります。上限は{{limit}}です。小さなデッキに分けてください。",
  "deckFile.uploadedNotAsPackage":
    "「{{name}}」は Anki パッケージではなく {{type}} としてアップロードされました。ファイルそのものをアップロードしてください。",
  "deckFile.uploadedNotAsText":
    "「{{name}}」はテキストではなく {{type}} としてアップロードされました。ファイルそのものをアップロードしてください。",
  "deckFile.noAddress":
    "この添付ファイルには使えるアドレスがありません。ファイルをもう一度アップロードしてください。",
  "deckFile.notFromDiscord":
    "Discord の添付ファイルしかダウンロードしません。ファイルをもう一度アップロードしてください。",
  "deckFile.fetchStatus":
    "「{{name}}」を取得しようとしたら Discord が {{status}} を返しました。もう一度アップロードしてください。",
  "deckFile.servedNotAsPackage": "「{{name}}」は Anki パッケージではなく {{type}} として届きました。",
  "deckFile.servedNotAsText": "「{{name}}」はテキストではなく {{type}} として届きました。",
  "deckFile.downloadTooBig": "「{{name}}」は{{limit}}を超えています。小さなデッキに分けてください。",
  "deckFile.downloadSlow":
    "「{{name}}」のダウンロードに{{seconds}}秒以上かかりました。もう一度お試しください。",
  "deckFile.downloadFailed":
    "「{{name}}」をダウンロードできませんでした（{{detail}}）。もう一度お試しください。",
  "deckFile.downloadFailedNetwork":
    "「{{name}}」をダウンロードできませんでした（ネットワークエラー）。もう一度お試しください。",
};
