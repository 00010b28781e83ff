import type { Catalogue } from "./en.js";

/** Japanese. Terms: docs/i18n/ja.md. Polite です/ます style; one plural form (other). */
export const ja: Catalogue = {
  "count.days_other": "{{count}}日",
  "count.items_other": "{{count}}件",
  "count.cards_other": "{{count}}枚のカード",
  "count.questions_other": "{{count}}問",
  "count.prompts_other": "{{count}}個のお題",
  "count.problems_other": "{{count}}件の問題",
  "count.points_other": "{{count}}pt",
  "count.pointsWord_other": "{{count}}ポイント",
  "count.decks_other": "{{count}}個のデッキ",
  "count.players_other": "{{count}}人",
  "count.warnings_other": "{{count}}件の警告",

  genericFailure:
    "こちら側で問題が発生しました。あなたの操作のせいではありません。もう一度お試しください。（ref `{{ref}}`）",
  storeUnavailable:
    "現在ストレージに接続できないため、保存できませんでした。1分ほどしてからもう一度お試しください。",
  unknownDeck: "ここには「{{id}}」というデッキはありません。`/deck list` でデッキの一覧を確認できます。",
  cardsTooFewAnswers_backs:
    "「{{deck}}」のカードは選択問題として出題できません。異なる裏面が{{distinct}}種類しかなく、各問題には正解と、他のカードから取った3つの異なる不正解が必要です。異なる裏面が4種類以上になるまでカードを追加するか、`/recall` で学習してください。",
  cardsTooFewAnswers_fronts:
    "「{{deck}}」のカードは選択問題として出題できません。異なる表面が{{distinct}}種類しかなく、各問題には正解と、他のカードから取った3つの異なる不正解が必要です。異なる表面が4種類以上になるまでカードを追加するか、`/recall` で学習してください。",
  channelBusy:
    "このチャンネルでは {{host}} が始めた「{{deck}}」のラウンドが進行中です。終わるまで待つか、開始した人かモデレーターに `/stop` で終了してもらってください。",
  settingsCorrupt:
    "このサーバーのクイズ設定を読み込めないため、当面は「サーバー管理」権限を持つメンバーだけがラウンドを開始できます。その権限を持つ人に `/config set` で設定を保存し直してもらってください。",
  settingsCorruptStarters: "設定が保存し直されるまで「サーバー管理」のみ（保存済みの設定が読み込めません）",
  notAllowedToStart:
    "このサーバーでは、クイズ用ロール（または「サーバー管理」権限）を持つメンバーだけがラウンドを開始できます。",
  botMissingPermissions:
    "このチャンネルではラウンドを実行できません。ここで {{missing}} が必要です。モデレーターに権限を付与してもらうか、`/practice solo: True` で一人で遊んでください。",
  guildOnly: "このコマンドはサーバー内で使えます。ダイレクトメッセージでは使えません。",
  roundStarted:
    "{{host}} が **{{deck}}** の {{mode}} ラウンドを開始しました（{{items}}）。ボタンで答えてください！",
  privateRoundReplaced: "（前のプライベートラウンドは終了しました。）",

  badButton:
    "そのボタンは認識できません。古いバージョンのボットのものかもしれません。新しいラウンドを始めてください。",
  roundEnded: "このラウンドは終了しました。`/practice` で新しいラウンドを始めましょう。",
  questionClosed: "この問題は締め切られました。答えはメッセージに表示されています。",
  notYourButton: "そのボタンは他の人のプライベートラウンドのものです。",
  notCurrent: "その問題はもう受け付けていません。",
  duplicateAnswer: "すでに **{{letter}}** と回答済みです。最初の回答が有効です。",
  answerAlreadyCounted: "この問題にはすでに回答済みです。最初の回答が有効です。",
  correct: "✅ 正解！ +{{points}}。連続正解：{{streak}}{{fire}}",
  wrong:
    "❌ 残念：**{{letter}}** を選びました。答えは問題の締め切り時に公開されます。連続正解はリセットされます。",
  wrongSolo: "❌ 残念：**{{letter}}** を選びました。正解は **{{correctLetter}}** です。",
  hint: "💡 ヒント：{{hint}}\n*（ヒントを使うと、この問題の得点が半分になります。）*",
  noHint: "この問題にはヒントがありません。自分を信じて！",
  onlyHostReveals:
    "早めに答えを公開できるのは、ラウンドを開始した人（または「メッセージの管理」権限を持つメンバー）だけです。",
  gradeSaved: "**{{grade}}** として保存しました。次の復習は{{when}}です。",
  conceptsResult: "**{{got}}/{{total}}** 個のポイントを押さえました。",
  stopDone: "「{{deck}}」のラウンドを終了しました。",
  stopNone: "このチャンネルで進行中のラウンドはありません。",
  stopNotAllowed: "ラウンドを終了できるのは、開始した人か「メッセージの管理」権限を持つメンバーだけです。",
  restarting: "⏹️ ボットが再起動するため、このラウンドは終了しました。獲得済みのポイントは保存されています。",
  interrupted:
    "⏹️ ボットが予期せず停止したため、このラウンドは中断されました。獲得済みのポイントは保存されています。",
  idleEnded:
    "⏹️ 長い間操作がなかったため、このプライベートラウンドは終了しました。いつでも新しく始められます。",
  stoppedBy: "⏹️ {{who}} がラウンドを終了しました。",

  typedCorrect: "✅ 正解{{points}}",
  typedTypo_other: "✅ 誤字{{count}}か所で正解扱い：「{{typed}}」→ {{expected}}{{points}}",
  typedPoints: "！ +{{points}}ポイント。連続正解：{{streak}}{{fire}}",
  typedWrong:
    "❌ 残念。答えは問題の締め切り時に公開されます。正しかったと思う場合は、下のボタンで申告してください。",
  typedWrongSolo: "❌ 残念：正解は **{{expected}}** です。",
  typedRejected: "❌ 残念：よくある惜しい間違いです。答えは問題の締め切り時に公開されます。",
  typedAlready: "すでに「{{typed}}」と回答済みです。最初の回答が有効です。",
  typedModalTitle: "あなたの答え（{{n}}/{{of}}）",
  typedModalLabel: "答え",
  typedLeftOut_other: "（答えが長い{{count}}問は除外しました：クリックで答える問題です）",
  noneTypeable:
    "「{{deck}}」には入力で答えられる問題がありません。すべての答えが60文字を超えており、`typed: true` の指定もありません。`/practice mode: choices` で遊んでください。",
  overrideDone:
    "統計と復習スケジュールでは正解として扱いました（自己申告として記録）。ランキングのポイントは加算されません。",
  overrideCardDone: "正解として扱いました。次の復習は{{when}}です。",
  overrideAlready: "この問題はすでに正解だったと申告済みです。",
  overrideNothing:
    "ここに訂正するものはありません。正解扱いにできるのは、入力での不正解か「もう一度」の評価だけです。",

  leaderboardWeek: "🏆 ランキング：今週",
  leaderboardAll: "🏆 ランキング：全期間",
  leaderboardEmpty: "まだポイントがありません。`/practice` でラウンドを始めましょう！",
  yourRank: "あなた：{{players}}中 {{rank}}位（{{points}}）",
  notRanked: "ここではまだポイントがありません。",
  statsTitle: "📊 学習の統計",
  cooldown_other: "さきほど実行したばかりです。{{count}}秒後にもう一度お試しください。",
  deckListTitle: "📚 デッキ",
  deckListEmpty: "まだデッキがありません。",

  moderatorsOnly:
    "この操作は「サーバー管理」権限か、このサーバーのクイズモデレーターロールを持つメンバーだけが行えます。何も変更していません。",
  deckAdded:
    "デッキ `{{id}}`（**{{title}}**）を追加しました。ここにいる全員が遊べます：`/practice deck:{{id}}`",
  deckReplaced:
    "デッキ `{{id}}`（**{{title}}**）を置き換えました。ここにいる全員が遊べます：`/practice deck:{{id}}`",
  deckRejected:
    "`{{file}}` は保存されませんでした。修正が必要な{{problems}}があります。`npm run deck:check -- {{file}}` で手元で確認するか、docs/decks.md を参照してください。",
  deckExists:
    "このサーバーにはすでにデッキ `{{id}}` があります。上書きするには `/deck add replace: True` を付けてアップロードし直すか、ファイル名を変えてください。",
  deckBuiltIn:
    "`{{id}}` は組み込みデッキのIDです。ファイル名を変えてください（ファイル名がデッキIDになります）。",
  deckLimit:
    "このサーバーはデッキの上限（{{decks}}）に達しています。先に `/deck remove` でひとつ削除してください。",
  deckRemoved: "デッキ `{{id}}` を削除しました。プレイヤーがこのデッキで得たポイントと履歴は残ります。",
  deckNotServers:
    "`{{id}}` はこのサーバーにアップロードされたデッキではありません（組み込みデッキは削除できません）。",
  uploadBusy: "このサーバーでは確認待ちのデッキが多すぎます。1分ほどしてからもう一度お試しください。",
  uploadTooSlow:
    "`{{file}}` の読み込みに時間がかかりすぎた（10秒超）ため、何も保存していません。小さなファイルに分けて、ひとつずつアップロードしてください。",
  uploadCrashed:
    "`{{file}}` を読み込めなかった（アップロードで使えるメモリを超えているか、ファイルが壊れています）ため、何も保存していません。エクスポートし直すか、小さなファイルに分けてください。",
  importFormat: "形式：{{detail}}",
  importSkippedTitle: "スキップ（{{n}}）",
  importSkippedNone: "スキップしたものはありません。",
  importPreviewTitle: "プレビュー",
  deckExported: "`{{id}}` です。編集してから `/deck add replace: True` でアップロードし直してください。",
  settingsSaved: "設定を保存しました。次のラウンドから適用されます。",
  settingsNothing: "変更する項目がありません。少なくとも1つのオプションを選んでください。",
  badTimezone:
    "「{{tz}}」は知らないタイムゾーンです。Asia/Tokyo、Europe/Berlin、UTC などの IANA 名を使ってください。",

  dailyTitle: "📅 デイリークイズ",
  dailyPostSingle:
    "📅 **今日の一問**（{{day}}）。締め切りまでいつでも回答できます。デイリー連続記録に数えられます。",
  dailyPost:
    "📅 **デイリークイズ {{n}}/{{of}}**（{{day}}）。締め切りまでいつでも回答できます。デイリー連続記録に数えられます。",
  dailyCorrectToday: "今日の正解者",
  dailyNobodyCorrect: "今回は正解者なし。明日の問題に挑戦しましょう！",
  andMore: "ほか{{n}}人",
  dailyBadTime:
    "「{{text}}」は時刻として理解できません。24時間表記の HH:MM（例：09:00、18:30）で指定してください。",
  dailyBadChannel: "デイリークイズにはテキストチャンネルかアナウンスチャンネルを選んでください。",
  dailyDeckEmpty: "デッキ「{{deck}}」には出題できる選択問題がありません。別のデッキを選んでください。",
  dailySaved: "デイリークイズを保存しました：毎日 {{time}}（{{tz}}）に {{channel}} に投稿します。",
  dailyNone: "このサーバーにはまだデイリークイズがありません。モデレーターが `/daily set` で設定できます。",
  dailyOff:
    "デイリークイズはオフです。投稿済みの問題は予定どおり締め切られ、答えが公開されます。`/daily set` で再びオンにできます。",
  dailyAlreadyOff: "デイリークイズはすでにオフです。",
  dailyNowPosted:
    "今日のデイリークイズを {{channel}} に投稿しました。今日の分として数えるので、今日の予約投稿は行いません。",
  dailyNowAlready: "今日のデイリークイズは投稿済みです。次はいつもの時刻に投稿されます。",
  dailyNowOff: "デイリークイズはオフです。先に `/daily set` でオンにしてください。",
  dailyStatusOn: "オン",
  dailyStatusOff: "オフ",
  dailyFooter: "時刻はサーバーのタイムゾーン（{{tz}}）です。/config set で変更できます。",
  "dailyDisabled.channel-missing":
    "⚠️ ボットがオフにしました：チャンネルが削除されたか、見えなくなりました。`/daily set` でチャンネルを選んでください。",
  "dailyDisabled.no-permission":
    "⚠️ ボットがオフにしました：そのチャンネルに投稿する権限がありません。そこで「チャンネルを見る」「メッセージを送信」「埋め込みリンク」を付与してから、もう一度 `/daily set` を実行してください。",
  "dailyDisabled.deck-removed":
    "⚠️ ボットがオフにしました：デッキが削除されました。`/daily set` で別のデッキを選んでください。",
  "dailyDisabled.deck-empty":
    "⚠️ ボットがオフにしました：デッキに選択問題がありません。`/daily set` で別のデッキを選んでください。",
  streakTitle: "🔥 デイリー連続記録",
  streakYours:
    "あなたのデイリー連続記録：**{{current}}**（最高 {{best}}）。今日どれか1問に答えると記録が続きます。",
  streakBoard: "このサーバーで継続中の長い連続記録",
  streakBoardEmpty: "継続中の連続記録はまだありません。今日のデイリークイズに答えて始めましょう！",

  rolesNeedManageServer:
    "`/config set starter_role` と `/config set moderator_role` を変更できるのは「サーバー管理」権限を持つメンバーだけです（そうでないと、クイズモデレーターが誰でもモデレーターにできてしまいます）。何も変更していません。",
  youCantPostHere:
    "このチャンネルでは公開ラウンドを開始できません。ここであなた自身に {{missing}} が必要です。`/practice solo: True` で一人で遊ぶか、モデレーターに相談してください。",
  dailyYouCantPost:
    "{{channel}} にデイリークイズを送れません。そこであなた自身に {{missing}} が必要です。投稿できるチャンネルを選んでください。何も変更していません。",

  finishedItems: "{{items}}を終えました。おつかれさまでした！",
  answeredInAll: "{{spread}}（計{{n}}人）",
  andMoreLine: "…ほか{{n}}人。",

  reviewFinished: "{{items}}を復習しました。間違えたものはすぐに、覚えていたものは後でまた出てきます。",
  reviewFinishedAnswered:
    "{{items}}を復習しました（{{answered}}問中{{correct}}問正解）。間違えたものはすぐに、覚えていたものは後でまた出てきます。",
  reviewNothingDue: "今は復習するものがありません。次の復習は{{next}}です。",
  reviewNothingYet:
    "まだ復習するものがありません。答えた問題と評価したカードがここで予定されます。`/practice` か `/recall` を試してみてください。",
  reviewNothingInDeck: "{{deck}} にはまだ復習するものがありません。",
  reviewDeckTitle: "復習：{{deck}}",
  reviewAllTitle: "復習：間違えたもの",
  reminderOn:
    "復習リマインダーをオンにしました：復習するものがある日は毎日 {{time}}（{{tz}}）にダイレクトメッセージを送ります。`/review remind off` でオフにできます。（プライバシー設定でこのサーバーのメンバーからのメッセージを許可している場合のみ届きます。）",
  reminderOff: "復習リマインダーをオフにしました。",
  reminderAlreadyOff: "復習リマインダーはすでにオフです。",
  reminderBadTime:
    "「{{text}}」は時刻として理解できません。24時間表記の HH:MM（例：08:00、19:30）で指定してください。",
  reminderDm: "📚 {{deck}} で{{items}}の復習があります（{{server}}）：/review",
  reminderDmOthers_other:
    "📚 {{deck}} ほか{{count}}個のデッキで{{items}}の復習があります（{{server}}）：/review",
  statsItemsDue: "復習待ち",
  statsNextReview: "次の復習",
  statsNothingScheduled: "予定なし",
  statsReminderFailed:
    "⚠️ 復習リマインダーをオフにしました：3日続けてダイレクトメッセージを送れませんでした。このサーバーのメンバーからのダイレクトメッセージを許可してから、もう一度 `/review remind on` を実行してください。",

  "image.points": "ポイント",
  "image.accuracy": "正答率",
  "image.answerStreak": "連続正解",
  "image.dailyStreak": "デイリー連続記録",
  "image.due": "復習待ち",
  "image.best": "最高 {{n}}",
  "image.last30": "過去30日",
  "image.correct": "正解",
  "image.wrong": "不正解",
  "image.byDifficulty": "難易度別の正答率",
  "image.noAnswers": "回答なし",
  "image.forecast": "今後14日間の復習予定",
  "image.today": "今日",
  "image.year": "過去52週",
  "image.less": "少",
  "image.more": "多",
  "image.pts": "{{n}}pt",
  "image.correctOf": "{{n}}問中{{c}}問正解",
  "image.you": "あなた",

  // the question message and its reveal
  "question.title": "{{deck}} · 問題 {{n}}/{{of}}",
  "question.closes": "締め切り {{when}}",
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
  "question.answers": "回答",
  "question.nobody": "回答者なし。",
  "question.fastest": "最速の正解",
  "question.fastestValue": "{{user}}（{{seconds}}秒）",

  // the round's summary
  "summary.title": "ラウンド終了：{{deck}}",
  "summary.nobody": "今回は誰も回答しませんでした。",
  "summary.score": "{{points}}（{{answered}}問中{{correct}}問正解）",
  "summary.streak": " · 連続記録 {{before}} → {{after}}",
  "summary.footer": "サーバーのランキングは /leaderboard、あなたの統計は /stats で確認できます。",

  // recall cards and typed answers
  "card.title": "{{deck}} · カード {{n}}/{{of}}",
  "card.showsAt": "{{when}}に全員へ答えを公開",
  "card.revealAnswer": "答えを見る",
  "card.showAll": "全員に見せる（ホスト）",
  "card.footer": "まず答えを思い出してから、めくって自己評価してください。",
  "card.answerStatus": "答え",
  "card.again": "もう一度",
  "card.hard": "難しい",
  "card.good": "正解",
  "card.easy": "簡単",
  "typed.footerPublic": "各自が非公開で入力します。最初の回答が有効です。",
  "typed.alsoAccepted": "別解",
  "typed.right": "入力で正解",
  "typed.rightOf": "{{answered}}人中{{right}}人",

  // explain prompts
  "explain.title": "{{deck}} · 説明しよう",
  "explain.instructions":
    "自分の言葉で説明してから（声に出して、紙に書いて、またはチャットで）、自己チェックしてください。",
  "explain.shownAt": "{{when}}に模範解答を公開",
  "explain.check": "自己チェック",
  "explain.pick": "説明に含めたポイントをすべて選んでください：",
  "explain.placeholder": "説明できたポイント",
  "explain.modelAnswer": "模範解答",
  "explain.revisit": "復習したいポイント",
  "explain.concepts": "重要なポイント",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: "デッキ「{{deck}}」には問題がありません。別のデッキかモードをお試しください。",
  deckEmptyFor_easy:
    "デッキ「{{deck}}」には「やさしい」問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_medium:
    "デッキ「{{deck}}」には「ふつう」の問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_hard:
    "デッキ「{{deck}}」には「むずかしい」問題がありません。別の難易度かデッキをお試しください。",
  deckEmptyFor_cards: "デッキ「{{deck}}」にはカードがありません。別のデッキかモードをお試しください。",
  deckEmptyFor_prompts: "デッキ「{{deck}}」には説明のお題がありません。別のデッキかモードをお試しください。",
  deckEmptyFor_due: "「{{deck}}」には今、復習待ちのものがありません。",
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
  "permission.viewChannel": "チャンネルを見る",
  "permission.sendMessages": "メッセージを送信",
  "permission.embedLinks": "埋め込みリンク",
  importWarningsTitle: "警告（{{n}}件）",
  deckNotSaved: "デッキは保存されませんでした",
  deckCounts:
    "{{cards}}・{{questions}}（やさしい {{easy}}・ふつう {{medium}}・むずかしい {{hard}}）・{{prompts}}",
  "deckList.addedBy": "{{user}} が {{when}} に追加",
  "deckList.footer": "{{page}}/{{pages}} ページ ・ 📘 組み込み ・ 📗 このサーバー ・ /practice で遊べます",
  "deckList.previous": "前へ",
  "deckList.next": "次へ",
  "deckInfo.id": "ID",
  "deckInfo.tags": "タグ",
  "deckInfo.noTags": "なし",
  "deckInfo.source": "提供元",
  "deckInfo.addedBy": "{{user}} が {{when}} に追加",
  "deckInfo.builtIn": "組み込み",
  "config.title": "⚙️ クイズの設定",
  "config.questions": "1ラウンドの問題数",
  "config.timer": "1問あたりの秒数",
  "config.timezone": "タイムゾーン",
  "config.starters": "ラウンドを始められる人",
  "config.everyone": "全員",
  "config.moderators": "クイズのモデレーター",
  "config.moderatorsRole": "{{role}} と「サーバー管理」権限",
  "config.manageServer": "「サーバー管理」権限",
  "config.pictures": "画像",
  "config.picturesOn": "オン",
  "config.picturesOff": "オフ（テキストのみ）",
  "config.language": "言語",
  "config.footer":
    "/config set で変更できます。タイムゾーンはデイリー連続記録とランキングの週の区切りに使われます。",
  "dailyStatus.status": "状態",
  "dailyStatus.nextPost": "次の投稿",
  "dailyStatus.time": "毎日の時刻",
  "dailyStatus.channel": "チャンネル",
  "dailyStatus.deck": "デッキ",
  "dailyStatus.questions": "1日の問題数",
  reminderServerUnknown: "あなたのサーバー",
  "stats.points": "ポイント",
  "stats.accuracy": "正答率",
  "stats.accuracyValue": "{{percent}}%（{{correct}}/{{answered}}）",
  "stats.accuracyOverrides_other": "{{percent}}%（{{correct}}/{{answered}}、うち自己申告 {{count}}）",
  "stats.answerStreak": "連続正解",
  "stats.dailyStreak": "デイリー連続記録",
  "stats.streakValue": "{{current}}（最高 {{best}}）",
  "stats.decksPlayed": "遊んだデッキ",
  "stats.reminder": "復習リマインダー",
  "testResult.title": "テスト結果：{{deck}}",
  "testResult.strong": "💪 得意",
  "testResult.needsWork": "🛠️ もう少し",
  "testResult.weak": "📚 苦手",
  "testResult.score": "**{{verdict}}**：{{total}}問中{{correct}}問正解（{{percent}}%）",
  "testResult.footer": "得意 80%以上 ・ もう少し 50〜79% ・ 苦手 50%未満。/practice で練習しましょう。",
  "difficulty.easy": "やさしい",
  "difficulty.medium": "ふつう",
  "difficulty.hard": "むずかしい",
  overrideButton: "正解だった",
};
