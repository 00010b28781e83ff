import type { Catalogue } from "./en.js";

/** Portuguese (Brazil). Terms: docs/i18n/pt-BR.md. Informal "você". */
export const ptBR: Catalogue = {
  "count.days_one": "{{count}} dia",
  "count.days_other": "{{count}} dias",
  "count.days_many": "{{count}} dias",
  "count.items_one": "{{count}} item",
  "count.items_other": "{{count}} itens",
  "count.items_many": "{{count}} itens",
  "count.cards_one": "{{count}} cartão",
  "count.cards_other": "{{count}} cartões",
  "count.cards_many": "{{count}} cartões",
  "count.questions_one": "{{count}} pergunta",
  "count.questions_other": "{{count}} perguntas",
  "count.questions_many": "{{count}} perguntas",
  "count.prompts_one": "{{count}} enunciado",
  "count.prompts_other": "{{count}} enunciados",
  "count.prompts_many": "{{count}} enunciados",
  "count.problems_one": "{{count}} problema",
  "count.problems_other": "{{count}} problemas",
  "count.problems_many": "{{count}} problemas",
  "count.points_one": "{{count}} pt",
  "count.points_other": "{{count}} pts",
  "count.points_many": "{{count}} pts",
  "count.pointsWord_one": "{{count}} ponto",
  "count.pointsWord_other": "{{count}} pontos",
  "count.pointsWord_many": "{{count}} pontos",
  "count.decks_one": "{{count}} baralho",
  "count.decks_other": "{{count}} baralhos",
  "count.decks_many": "{{count}} baralhos",
  "count.players_one": "{{count}} jogador",
  "count.players_other": "{{count}} jogadores",
  "count.players_many": "{{count}} jogadores",
  "count.warnings_one": "{{count}} aviso",
  "count.warnings_other": "{{count}} avisos",
  "count.warnings_many": "{{count}} avisos",

  genericFailure: "Algo deu errado do nosso lado; não foi culpa sua. Tente de novo. (ref. `{{ref}}`)",
  storeUnavailable:
    "Não consigo acessar meu armazenamento agora, então não consegui salvar isso. Tente de novo em um minuto.",
  unknownDeck: 'Não existe nenhum baralho chamado "{{id}}" aqui. Use `/deck list` para ver os baralhos.',
  cardsTooFewAnswers_backs:
    'Os cartões de "{{deck}}" não podem ser jogados como múltipla escolha: eles têm só {{distinct}} versos diferentes, e cada pergunta precisa da resposta certa e de 3 erradas diferentes tiradas de outros cartões. Adicione cartões até ter pelo menos 4 versos diferentes, ou estude-os com `/recall`.',
  cardsTooFewAnswers_fronts:
    'Os cartões de "{{deck}}" não podem ser jogados como múltipla escolha: eles têm só {{distinct}} frentes diferentes, e cada pergunta precisa da resposta certa e de 3 erradas diferentes tiradas de outros cartões. Adicione cartões até ter pelo menos 4 frentes diferentes, ou estude-os com `/recall`.',
  channelBusy:
    'Já tem uma rodada de "{{deck}}", iniciada por {{host}}, em andamento neste canal. Espere ela terminar ou peça a quem a iniciou ou a um moderador para encerrá-la com `/stop`.',
  settingsCorrupt:
    "Não consigo ler as configurações do quiz deste servidor, então por enquanto só membros com a permissão Gerenciar servidor podem iniciar rodadas. Peça a um deles para salvar as configurações de novo com `/config set`.",
  settingsCorruptStarters:
    "Só quem tem Gerenciar servidor, até as configurações serem salvas de novo (as atuais estão ilegíveis)",
  notAllowedToStart:
    "Neste servidor, só membros com o cargo do quiz (ou com a permissão Gerenciar servidor) podem iniciar rodadas.",
  botMissingPermissions:
    "Não consigo fazer uma rodada neste canal: preciso de permissão aqui ({{missing}}). Peça a um moderador para ajustar as permissões do canal ou jogue no privado com `/practice solo: True`.",
  guildOnly: "Este comando só funciona em servidores, não em mensagens diretas.",
  roundStarted:
    "{{host}} iniciou uma rodada de {{mode}} com o baralho **{{deck}}**: {{items}}. Responda com os botões!",
  privateRoundReplaced: "(Sua rodada privada anterior foi encerrada.)",

  badButton: "Não reconheço esse botão. Talvez ele seja de uma versão antiga do bot; inicie uma nova rodada.",
  roundEnded: "Esta rodada já terminou. Inicie outra com `/practice`.",
  questionClosed: "Esta pergunta já fechou; a resposta está na mensagem.",
  notYourButton: "Esse botão é da rodada privada de outra pessoa.",
  notCurrent: "Essa pergunta não está mais aberta.",
  duplicateAnswer: "Você já respondeu **{{letter}}**; vale a sua primeira resposta.",
  answerAlreadyCounted: "Você já respondeu esta pergunta; vale a sua primeira resposta.",
  correct: "✅ Certo! +{{points}}. Sequência de acertos: {{streak}}{{fire}}",
  wrong:
    "❌ Não foi dessa vez: você escolheu **{{letter}}**. A resposta é revelada quando a pergunta fechar. Sua sequência de acertos zerou.",
  wrongSolo: "❌ Não foi dessa vez: você escolheu **{{letter}}**; a resposta é **{{correctLetter}}**.",
  hint: "💡 Dica: {{hint}}\n*(Usar a dica reduz pela metade os seus pontos nesta pergunta.)*",
  noHint: "Esta não tem dica. Confie em você!",
  onlyHostReveals:
    "Só quem iniciou a rodada (ou um membro com a permissão Gerenciar mensagens) pode revelar a resposta antes da hora.",
  gradeSaved: "Salvo como **{{grade}}**. Próxima revisão {{when}}.",
  conceptsResult: "Você acertou **{{got}}/{{total}}** conceitos.",
  stopDone: 'A rodada de "{{deck}}" foi encerrada.',
  stopNone: "Não há nenhuma rodada em andamento neste canal.",
  stopNotAllowed:
    "Só quem iniciou a rodada ou um membro com a permissão Gerenciar mensagens pode encerrá-la.",
  restarting:
    "⏹️ O bot está reiniciando, então esta rodada terminou. Os pontos já conquistados estão salvos.",
  interrupted:
    "⏹️ Esta rodada foi interrompida porque o bot parou inesperadamente. Os pontos já conquistados estão salvos.",
  idleEnded:
    "⏹️ Esta rodada privada terminou porque ninguém clicou em nada por muito tempo. Inicie outra quando quiser.",
  stoppedBy: "⏹️ Rodada encerrada por {{who}}.",

  typedCorrect: "✅ Certo{{points}}",
  typedTypo_one: '✅ Aceita com {{count}} erro de digitação: "{{typed}}" → {{expected}}{{points}}',
  typedTypo_other: '✅ Aceita com {{count}} erros de digitação: "{{typed}}" → {{expected}}{{points}}',
  typedTypo_many: '✅ Aceita com {{count}} erros de digitação: "{{typed}}" → {{expected}}{{points}}',
  typedPoints: "! +{{points}}. Sequência de acertos: {{streak}}{{fire}}",
  typedWrong:
    "❌ Não foi dessa vez. A resposta é revelada quando a pergunta fechar. Se você acha que acertou, é só avisar aqui embaixo.",
  typedWrongSolo: "❌ Não foi dessa vez: a resposta é **{{expected}}**.",
  typedRejected:
    "❌ Não foi dessa vez: essa resposta chega perto, mas já está marcada como errada. A resposta é revelada quando a pergunta fechar.",
  typedAlready: 'Você já respondeu "{{typed}}"; vale a sua primeira resposta.',
  typedModalTitle: "Sua resposta ({{n}}/{{of}})",
  typedModalLabel: "Resposta",
  typedLeftOut_one: " ({{count}} pergunta com resposta longa ficou de fora: é para responder clicando)",
  typedLeftOut_other:
    " ({{count}} perguntas com respostas longas ficaram de fora: são para responder clicando)",
  typedLeftOut_many:
    " ({{count}} perguntas com respostas longas ficaram de fora: são para responder clicando)",
  noneTypeable:
    'Nada em "{{deck}}" pode ser digitado: todas as respostas passam de 60 caracteres e nenhuma está marcada com `typed: true`. Jogue com `/practice mode: choices`.',
  overrideDone:
    "Contado como acerto nas suas estatísticas e na sua agenda de revisões (marcado como decisão sua). Não vale pontos no ranking.",
  overrideCardDone: "Contado como acerto: próxima revisão {{when}}.",
  overrideAlready: "Você já disse que acertou esta.",
  overrideNothing:
    'Não há nada para corrigir aqui: só uma resposta digitada errada ou uma avaliação "De novo" pode contar como acerto.',

  leaderboardWeek: "🏆 Ranking: esta semana",
  leaderboardAll: "🏆 Ranking: geral",
  leaderboardEmpty: "Ainda não há pontos. Inicie uma rodada com `/practice`!",
  yourRank: "Você: #{{rank}} de {{players}}, com {{points}}",
  notRanked: "Você ainda não tem pontos aqui.",
  statsTitle: "📊 Estatísticas de estudo",
  cooldown_one: "Você acabou de pedir isso. Tente de novo em {{count}} segundo.",
  cooldown_other: "Você acabou de pedir isso. Tente de novo em {{count}} segundos.",
  cooldown_many: "Você acabou de pedir isso. Tente de novo em {{count}} segundos.",
  deckListTitle: "📚 Baralhos",
  deckListEmpty: "Ainda não há baralhos.",

  moderatorsOnly:
    "Só membros com a permissão Gerenciar servidor ou com o cargo de moderador do quiz deste servidor podem fazer isso. Nada foi alterado.",
  deckAdded:
    "Baralho `{{id}}` adicionado (**{{title}}**). Todo mundo aqui já pode jogar: `/practice deck:{{id}}`.",
  deckReplaced:
    "Baralho `{{id}}` substituído (**{{title}}**). Todo mundo aqui já pode jogar: `/practice deck:{{id}}`.",
  deckRejected:
    "`{{file}}` não foi salvo: {{problems}} para corrigir. Verifique localmente com `npm run deck:check -- {{file}}`, ou veja docs/decks.md.",
  deckExists:
    "Este servidor já tem um baralho `{{id}}`. Envie de novo com `/deck add replace: True` para substituí-lo, ou renomeie o arquivo.",
  deckBuiltIn:
    "`{{id}}` já é o ID de um baralho do bot. Renomeie seu arquivo (o nome do arquivo é o ID do baralho).",
  deckLimit: "Este servidor atingiu o limite de {{decks}}. Remova um primeiro com `/deck remove`.",
  deckRemoved:
    "Baralho `{{id}}` removido. Os jogadores mantêm os pontos e o histórico que conquistaram com ele.",
  deckNotServers:
    "`{{id}}` não é um dos baralhos enviados a este servidor (os baralhos do bot não podem ser removidos).",
  uploadBusy: "Há envios de baralho demais esperando verificação neste servidor. Tente de novo em um minuto.",
  uploadTooSlow:
    "`{{file}}` demorou demais para ser lido (mais de 10 s), então nada foi salvo. Divida-o em arquivos menores e envie um por um.",
  uploadCrashed:
    "Não consegui ler `{{file}}` (ele precisa de mais memória do que um envio pode usar, ou está corrompido), então nada foi salvo. Exporte-o de novo ou divida-o em arquivos menores.",
  importFormat: "Formato: {{detail}}",
  importSkippedTitle: "Ignorados ({{n}})",
  importSkippedNone: "Nada foi ignorado.",
  importPreviewTitle: "Prévia",
  deckExported: "Aqui está `{{id}}`. Edite o arquivo e envie de novo com `/deck add replace: True`.",
  settingsSaved: "Configurações salvas. Valem a partir da próxima rodada.",
  settingsNothing: "Nada para mudar: escolha pelo menos uma opção.",
  badTimezone:
    '"{{tz}}" não é um fuso horário que eu conheça. Use um nome IANA como America/Sao_Paulo, Europe/Lisbon ou UTC.',

  dailyTitle: "📅 Quiz diário",
  dailyPostSingle:
    "📅 **Pergunta do dia** ({{day}}). Responda quando quiser até ela fechar; conta para a sua sequência diária.",
  dailyPost:
    "📅 **Quiz diário {{n}}/{{of}}** ({{day}}). Responda quando quiser até fechar; conta para a sua sequência diária.",
  dailyCorrectToday: "Acertaram hoje",
  dailyNobodyCorrect: "Ninguém acertou desta vez. Tente a de amanhã!",
  andMore: "e mais {{n}}",
  dailyBadTime:
    '"{{text}}" não é um horário que eu entenda. Use o formato de 24 horas HH:MM, por exemplo 09:00 ou 18:30.',
  dailyBadChannel: "Escolha um canal de texto ou de anúncios para o quiz diário.",
  dailyDeckEmpty: 'O baralho "{{deck}}" não tem perguntas de múltipla escolha. Escolha outro baralho.',
  dailySaved: "Quiz diário salvo: ele será publicado em {{channel}} todos os dias às {{time}} ({{tz}}).",
  dailyNone: "Este servidor ainda não tem quiz diário. Um moderador pode criar um com `/daily set`.",
  dailyOff:
    "O quiz diário está desligado. As perguntas já publicadas continuam fechando e revelando a resposta como previsto. Ligue de novo com `/daily set`.",
  dailyAlreadyOff: "O quiz diário já está desligado.",
  dailyNowPosted:
    "Publiquei o quiz diário de hoje em {{channel}}. Ele vale como o de hoje, então a publicação agendada não sai hoje.",
  dailyNowAlready: "O quiz diário de hoje já foi publicado. O próximo sai no horário de sempre.",
  dailyNowOff: "O quiz diário está desligado. Ligue primeiro com `/daily set`.",
  dailyStatusOn: "Ligado",
  dailyStatusOff: "Desligado",
  dailyFooter: "Horários no fuso do servidor ({{tz}}); para mudar, use /config set.",
  "dailyDisabled.channel-missing":
    "⚠️ Desligado pelo bot: o canal foi apagado, ou não consigo mais vê-lo. Escolha um canal com `/daily set`.",
  "dailyDisabled.no-permission":
    "⚠️ Desligado pelo bot: não tenho permissão para publicar no canal. Me dê as permissões Ver canal, Enviar mensagens e Inserir links nesse canal e use `/daily set` de novo.",
  "dailyDisabled.deck-removed":
    "⚠️ Desligado pelo bot: o baralho foi removido. Escolha outro baralho com `/daily set`.",
  "dailyDisabled.deck-empty":
    "⚠️ Desligado pelo bot: o baralho não tem perguntas de múltipla escolha. Escolha outro baralho com `/daily set`.",
  streakTitle: "🔥 Sequências diárias",
  streakYours:
    "Sua sequência diária: **{{current}}** (recorde: {{best}}). Responda qualquer pergunta hoje para mantê-la.",
  streakBoard: "Maiores sequências ativas",
  streakBoardEmpty: "Ainda não há sequências ativas. Responda o quiz diário de hoje para começar uma!",

  rolesNeedManageServer:
    "Só membros com a permissão Gerenciar servidor podem mudar `/config set starter_role` ou `/config set moderator_role` (senão um moderador do quiz poderia tornar todo mundo moderador). Nada foi alterado.",
  youCantPostHere:
    "Você não pode iniciar uma rodada pública neste canal: você também precisa de permissão aqui ({{missing}}). Jogue no privado com `/practice solo: True` ou fale com um moderador.",
  dailyYouCantPost:
    "Você não pode enviar o quiz diário para {{channel}}: você também precisa de permissão lá ({{missing}}). Escolha um canal onde você possa publicar. Nada foi alterado.",

  finishedItems: "Você terminou {{items}}. Mandou bem!",
  answeredInAll: "{{spread}} ({{n}} no total)",
  andMoreLine: "…e mais {{n}}.",

  reviewFinished: "Você revisou {{items}}. O que você errou volta logo; o que você sabia, mais tarde.",
  reviewFinishedAnswered:
    "Você revisou {{items}}: {{correct}}/{{answered}} perguntas certas. O que você errou volta logo; o que você sabia, mais tarde.",
  reviewNothingDue: "Nada para revisar agora. Próxima revisão {{next}}.",
  reviewNothingYet:
    "Ainda não há nada para revisar: as perguntas que você responde e os cartões que você avalia entram na agenda aqui. Experimente `/practice` ou `/recall`.",
  reviewNothingInDeck: "Ainda não há nada para revisar em {{deck}}.",
  reviewDeckTitle: "Revisão: {{deck}}",
  reviewAllTitle: "Revisão: o que você errou",
  reminderOn:
    "Lembrete de revisão ligado: uma mensagem direta todo dia às {{time}} ({{tz}}) quando houver algo para revisar. Desligue com `/review remind off`. (Só consigo te mandar mensagem se suas configurações de privacidade permitirem mensagens diretas de membros deste servidor.)",
  reminderOff: "Lembrete de revisão desligado.",
  reminderAlreadyOff: "Seu lembrete de revisão já está desligado.",
  reminderBadTime:
    '"{{text}}" não é um horário que eu entenda. Use o formato de 24 horas HH:MM, por exemplo 08:00 ou 19:30.',
  reminderDm: "📚 {{items}} para revisar em {{deck}} ({{server}}): /review",
  reminderDmOthers_one:
    "📚 {{items}} para revisar em {{deck}} e em mais {{count}} baralho ({{server}}): /review",
  reminderDmOthers_other:
    "📚 {{items}} para revisar em {{deck}} e em mais {{count}} baralhos ({{server}}): /review",
  reminderDmOthers_many:
    "📚 {{items}} para revisar em {{deck}} e em mais {{count}} baralhos ({{server}}): /review",
  statsItemsDue: "Revisões pendentes",
  statsNextReview: "Próxima revisão",
  statsNothingScheduled: "nada agendado",
  statsReminderFailed:
    "⚠️ Seu lembrete de revisão foi desligado: não consegui te mandar mensagem direta por 3 dias seguidos. Permita mensagens diretas de membros deste servidor e use `/review remind on` de novo.",

  "image.points": "Pontos",
  "image.accuracy": "Precisão",
  "image.answerStreak": "Acertos seguidos",
  "image.dailyStreak": "Sequência diária",
  "image.due": "Para revisar",
  "image.best": "máx. {{n}}",
  "image.last30": "Últimos 30 dias",
  "image.correct": "certas",
  "image.wrong": "erradas",
  "image.byDifficulty": "Precisão por dificuldade",
  "image.noAnswers": "sem respostas",
  "image.forecast": "Revisões nos próximos 14 dias",
  "image.today": "hoje: {{n}}",
  "image.max": "máx. {{n}}",
  "image.year": "Últimas 52 semanas",
  "image.less": "menos",
  "image.more": "mais",
  "image.pts": "{{n}} pts",
  "image.correctOf": "{{c}}/{{n}} certas",
  "image.you": "você",

  // the question message and its reveal
  "question.title": "{{deck}} · Pergunta {{n}}/{{of}}",
  "question.closes": "fecha {{when}}",
  "question.noTimer": "sem pressa",
  "question.closed": "fechou",
  "question.easy": "🟢 fácil",
  "question.medium": "🟡 média",
  "question.hard": "🔴 difícil",
  "question.hint": "Dica",
  "question.reveal": "Revelar (host)",
  "question.footerSolo": "Rodada privada: só você vê isto.",
  "question.footerPublic": "Uma resposta por pessoa; vale o seu primeiro clique.",
  "question.answer": "Resposta",
  "question.why": "Por quê",
  "question.steps": "Passos da solução",
  "question.mistakes": "Erros comuns",
  "question.answers": "Respostas",
  "question.nobody": "Ninguém respondeu.",
  "question.fastest": "Acerto mais rápido",
  "question.fastestValue": "{{user}} em {{seconds}} s",

  // the round's summary
  "summary.title": "Fim da rodada: {{deck}}",
  "summary.nobody": "Ninguém respondeu desta vez.",
  "summary.score": "{{points}} ({{correct}}/{{answered}} certas)",
  "summary.streak": " · sequência {{before}} → {{after}}",
  "summary.footer": "Use /leaderboard para ver as posições do servidor e /stats para ver seus números.",

  // recall cards and typed answers
  "card.title": "{{deck}} · Cartão {{n}}/{{of}}",
  "card.showsAt": "todos veem a resposta {{when}}",
  "card.revealAnswer": "Revelar resposta",
  "card.showAll": "Mostrar a todos (host)",
  "card.footer": "Primeiro tente lembrar a resposta; depois revele e se autoavalie.",
  "card.answerStatus": "resposta",
  "card.again": "De novo",
  "card.hard": "Difícil",
  "card.good": "Bom",
  "card.easy": "Fácil",
  "typed.footerPublic": "Cada um digita no privado; vale a sua primeira resposta.",
  "typed.alsoAccepted": "Também aceitas",
  "typed.right": "Digitaram certo",
  "typed.rightOf": "{{right}} de {{answered}}",

  // explain prompts
  "explain.title": "{{deck}} · Explique",
  "explain.instructions":
    "Explique com as suas próprias palavras (em voz alta, no papel ou no chat) e depois confira.",
  "explain.shownAt": "resposta modelo aparece {{when}}",
  "explain.check": "Conferir",
  "explain.pick": "Marque todos os conceitos que a sua explicação abordou:",
  "explain.placeholder": "Conceitos que você abordou",
  "explain.modelAnswer": "Resposta modelo",
  "explain.revisit": "Conceitos para revisar",
  "explain.concepts": "Conceitos-chave",

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: 'O baralho "{{deck}}" não tem perguntas. Tente outro baralho ou outro modo.',
  deckEmptyFor_easy:
    'O baralho "{{deck}}" não tem perguntas fáceis. Tente outra dificuldade ou outro baralho.',
  deckEmptyFor_medium:
    'O baralho "{{deck}}" não tem perguntas médias. Tente outra dificuldade ou outro baralho.',
  deckEmptyFor_hard:
    'O baralho "{{deck}}" não tem perguntas difíceis. Tente outra dificuldade ou outro baralho.',
  deckEmptyFor_cards: 'O baralho "{{deck}}" não tem cartões. Tente outro baralho ou outro modo.',
  deckEmptyFor_prompts:
    'O baralho "{{deck}}" não tem enunciados para explicar. Tente outro baralho ou outro modo.',
  deckEmptyFor_due: 'Nada em "{{deck}}" está pendente de revisão agora.',
  channelBusyUnknown:
    "Já tem uma rodada em andamento neste canal. Espere ela acabar ou peça a um moderador para encerrá-la com `/stop`.",
  stoppedByPlayer: "⏹️ Rodada encerrada por quem estava jogando.",
  "round.next": "Avançar",
  "round.seeResults": "Ver resultados",
  "level.beginner": "iniciante",
  "level.intermediate": "intermediário",
  "level.advanced": "avançado",
  "roundMode.practice": "prática",
  "roundMode.typedPractice": "prática digitada",
  "roundMode.test": "teste",
  "roundMode.recall": "memorização",
  "roundMode.typedRecall": "memorização digitada",
  "roundMode.explain": "explicação",
  "roundMode.review": "revisão",
  "permission.viewChannel": "Ver canal",
  "permission.sendMessages": "Enviar mensagens",
  "permission.embedLinks": "Inserir links",
  importWarningsTitle: "Avisos ({{n}})",
  deckNotSaved: "Baralho não salvo",
  deckCounts:
    "{{cards}} · {{questions}} (fácil: {{easy}}, média: {{medium}}, difícil: {{hard}}) · {{prompts}}",
  "deckList.addedBy": "adicionado por {{user}} {{when}}",
  "deckList.footer": "Página {{page}}/{{pages}} · 📘 do bot · 📗 deste servidor · jogue um com /practice",
  "deckList.previous": "Anterior",
  "deckList.next": "Próxima",
  "deckInfo.id": "ID",
  "deckInfo.tags": "Tags",
  "deckInfo.noTags": "nenhuma",
  "deckInfo.source": "Origem",
  "deckInfo.addedBy": "Adicionado por {{user}} {{when}}",
  "deckInfo.builtIn": "Do bot",
  "config.title": "⚙️ Configurações do quiz",
  "config.questions": "Perguntas por rodada",
  "config.timer": "Segundos por pergunta",
  "config.timezone": "Fuso horário",
  "config.starters": "Quem pode iniciar rodadas",
  "config.everyone": "todos",
  "config.moderators": "Moderadores do quiz",
  "config.moderatorsRole": "{{role}} e Gerenciar servidor",
  "config.manageServer": "Gerenciar servidor",
  "config.pictures": "Imagens",
  "config.picturesOn": "ligadas",
  "config.picturesOff": "desligadas (só texto)",
  "config.language": "Idioma",
  "config.footer":
    "Para mudar, use /config set. O fuso horário é usado nas sequências diárias e nas semanas do ranking.",
  "dailyStatus.status": "Status",
  "dailyStatus.nextPost": "Próxima publicação",
  "dailyStatus.time": "Todo dia às",
  "dailyStatus.channel": "Canal",
  "dailyStatus.deck": "Baralho",
  "dailyStatus.questions": "Perguntas por dia",
  reminderServerUnknown: "seu servidor",
  "stats.points": "Pontos",
  "stats.accuracy": "Precisão",
  "stats.accuracyValue": "{{percent}}% ({{correct}}/{{answered}})",
  "stats.accuracyOverrides_one": "{{percent}}% ({{correct}}/{{answered}}), {{count}} por decisão sua",
  "stats.accuracyOverrides_many": "{{percent}}% ({{correct}}/{{answered}}), {{count}} por decisão sua",
  "stats.accuracyOverrides_other": "{{percent}}% ({{correct}}/{{answered}}), {{count}} por decisão sua",
  "stats.answerStreak": "Sequência de acertos",
  "stats.dailyStreak": "Sequência diária",
  "stats.streakValue": "{{current}} (recorde: {{best}})",
  "stats.decksPlayed": "Baralhos jogados",
  "stats.reminder": "Lembrete de revisão",
  "testResult.title": "Resultado do teste: {{deck}}",
  "testResult.strong": "💪 Forte",
  "testResult.needsWork": "🛠️ Precisa melhorar",
  "testResult.weak": "📚 Fraco",
  "testResult.score": "**{{verdict}}**: {{correct}}/{{total}} certas ({{percent}}%)",
  "testResult.footer": "Forte ≥ 80% · precisa melhorar 50–79% · fraco < 50%. Para treinar, use /practice.",
  "difficulty.easy": "fácil",
  "difficulty.medium": "média",
  "difficulty.hard": "difícil",
  overrideButton: "Eu acertei",

  // problems in an uploaded deck file
  deckFileError: "erro",
  deckFileWarning: "aviso",
  "deckFile.loadBug":
    "não consegui carregar este arquivo ({{detail}}); isso é um bug do quizdeck, por favor reporte",
  "deckFile.fileExtension": "arquivos de baralho precisam terminar em {{extensions}}",
  "deckFile.badFileName":
    'o ID do baralho vem do nome do arquivo, e "{{id}}" não é um ID válido: use de 1 a 32 letras minúsculas, números e \'-\', começando com uma letra ou um número. Renomeie o arquivo para "{{suggested}}"',
  "deckFile.fileTooBig": "o arquivo tem {{size}} KB; o limite é {{limit}} KB. Divida-o em baralhos menores",
  "deckFile.notText":
    "o arquivo não é texto UTF-8; um baralho precisa ser um arquivo de texto YAML ou JSON salvo como UTF-8 (ele parece binário ou usa outra codificação)",
  "deckFile.fileEmpty":
    "o arquivo está vazio; um baralho precisa de um title: e de pelo menos um cartão, uma pergunta ou um enunciado",
  "deckFile.fileNotMapping":
    "o arquivo precisa ser um mapeamento de campos (title:, questions:, …), não {{actual}}",
  "deckFile.aList": "uma lista",
  "deckFile.aMapping": "um mapeamento",
  "deckFile.someText": 'um texto ("{{text}}")',
  "deckFile.aValue": "{{value}}",
  "deckFile.yaml": "YAML: {{detail}}",
  "deckFile.yamlHint": "YAML: {{detail}}; {{hint}}",
  "deckFile.multipleDocs": "o arquivo tem mais de um documento YAML",
  "deckFile.hintQuoteColon":
    'um texto que contém ": " precisa ficar entre aspas, por exemplo prompt: "O que significa x: int?"',
  "deckFile.hintQuoteStart":
    "um texto que começa com um destes caracteres ` @ % | > ' \" [ { precisa ficar entre aspas",
  "deckFile.hintTabs": "indente com espaços, não com tabs",
  "deckFile.hintOneDocument":
    "um arquivo de baralho tem exatamente um documento; remova a linha '---' a mais",
  "deckFile.hintIndent":
    "confira a indentação: os elementos de uma mesma lista ou mapeamento precisam começar na mesma coluna",
  "deckFile.tooManyTokens":
    "o arquivo tem valores separados demais para um baralho; divida-o em baralhos menores",
  "deckFile.tooManyValues": "o arquivo tem mais de {{max}} valores; divida-o em baralhos menores",
  "deckFile.tooDeep":
    "o aninhamento passa de {{max}} níveis; um baralho só precisa de 4 (baralho → perguntas → pergunta → alternativas). Confira a indentação",
  "deckFile.tooManyAliases":
    "o arquivo usa mais de {{max}} aliases (*name); aliases que repetem outros aliases podem virar bilhões de valores, por isso há um limite",
  "deckFile.unknownAlias": "alias desconhecido *{{name}}; defina &{{name}} antes de usá-lo",
  "deckFile.selfAlias": "o alias *{{name}} aponta para o próprio valor que o contém",
  "deckFile.keyNotText": "nomes de campo precisam ser texto simples, como title",
  "deckFile.duplicateField":
    'campo "{{key}}" repetido: cada campo só pode aparecer uma vez aqui; remova ou renomeie um deles',
  "deckFile.mustNotBeEmpty": "não pode ficar vazio",
  "deckFile.missingInDeck": "falta um campo obrigatório; adicione {{field}}: ao baralho",
  "deckFile.missingInCard": "falta um campo obrigatório; adicione {{field}}: a este cartão",
  "deckFile.missingInQuestion": "falta um campo obrigatório; adicione {{field}}: a esta pergunta",
  "deckFile.missingInPrompt": "falta um campo obrigatório; adicione {{field}}: a este enunciado",
  "deckFile.mustBeText": "precisa ser texto, não {{actual}}",
  "deckFile.mustBeList": 'precisa ser uma lista (um "- item" por linha), não {{actual}}',
  "deckFile.mustBeMapping": "precisa ser um mapeamento de campos (linhas chave: valor), não {{actual}}",
  "deckFile.notAllowed": '"{{value}}" não é permitido; use um destes: {{allowed}}',
  "deckFile.unknownFieldGuess": 'campo desconhecido "{{key}}"; você quis dizer "{{guess}}"?',
  "deckFile.unknownFieldList": 'campo desconhecido "{{key}}"; campos permitidos: {{allowed}}',
  "deckFile.withSize": "{{problem}} (tem {{size}})",
  "deckFile.textTooLong": "pode ter no máximo {{max}} caracteres",
  "deckFile.badItemId": "o ID precisa ter de 1 a 40 letras minúsculas, números, '-' ou '_'",
  "deckFile.mustBeBoolean": "precisa ser true ou false",
  "deckFile.tooManyAlternatives": "aceita no máximo {{max}} entradas",
  "deckFile.badCodeLanguage": "a linguagem precisa ser uma tag curta de bloco de código, como python",
  "deckFile.tooFewChoices": "precisa de pelo menos {{min}} alternativas",
  "deckFile.tooManyChoices": "aceita no máximo {{max}} alternativas",
  "deckFile.tooManySteps": "aceita no máximo {{max}} passos",
  "deckFile.tooManyMistakes": "aceita no máximo {{max}} erros comuns",
  "deckFile.noConcepts": "precisa de pelo menos 1 conceito",
  "deckFile.tooManyConcepts": "aceita no máximo {{max}} conceitos",
  "deckFile.tooManyTags": "aceita no máximo {{max}} tags",
  "deckFile.badDeckLanguage": "o idioma precisa ser uma tag de idioma, como en, fr ou pt-BR",
  "deckFile.noItems": "o baralho não tem cartões, perguntas nem enunciados; adicione pelo menos um",
  "deckFile.tooManyItems": "o baralho tem {{total}} itens; o limite é {{limit}}. Divida-o em vários baralhos",
  "deckFile.duplicateId": 'o ID "{{id}}" também é usado em {{where}}; cada item precisa do seu próprio ID',
  "deckFile.duplicateIdFromFront":
    'o ID "{{id}}" (derivado do texto da frente) também é usado em {{where}}; se for um item repetido, remova-o; senão, adicione uma linha id: a um dos dois',
  "deckFile.duplicateIdFromPrompt":
    'o ID "{{id}}" (derivado do texto em prompt:) também é usado em {{where}}; se for um item repetido, remova-o; senão, adicione uma linha id: a um dos dois',
  "deckFile.acceptRepeatsAnswer": '"{{text}}" repete a resposta, que já é aceita de qualquer forma; remova-o',
  "deckFile.rejectIsAccepted":
    '"{{text}}" também é uma resposta aceita; um quase acerto precisa ser diferente de todas as respostas aceitas',
  "deckFile.alternativesUntyped":
    "accept: e reject: só valem em rodadas digitadas, e uma resposta com mais de {{max}} caracteres só vai para rodadas digitadas com typed: true",
  "deckFile.choiceRepeats":
    'a alternativa "{{choice}}" repete "{{earlier}}" (maiúsculas e espaços não contam); deixe todas as alternativas diferentes',
  "deckFile.answerIsLetter":
    'a resposta precisa ser igual a uma das alternativas; "{{answer}}" parece uma letra, mas a resposta é o texto da alternativa, não uma letra, porque as alternativas são embaralhadas; escreva o texto da alternativa certa',
  "deckFile.answerIsLetterMeant":
    'a resposta precisa ser igual a uma das alternativas; "{{answer}}" parece uma letra, mas a resposta é o texto da alternativa, não uma letra, porque as alternativas são embaralhadas; se você quis dizer a alternativa {{letter}}, escreva answer: "{{meant}}"',
  "deckFile.answerNotAChoice":
    'a resposta precisa ser igual a uma das alternativas; a mais parecida: "{{closest}}"',
  "deckFile.letterReference":
    '"{{letter}}" cita uma alternativa pela letra, mas as alternativas são embaralhadas para cada pessoa; cite a alternativa pelo texto',
  "deckFile.orderDependent":
    '"{{phrase}}" depende da ordem das alternativas, mas elas são embaralhadas; escreva "{{instead}}" no lugar',
  "deckFile.originLine": "linha {{n}}",
  "deckFile.originRow": "entrada {{n}}",
  "deckFile.originNote": "nota {{id}}",
  "deckFile.originLineCloze": "linha {{n}} (c{{c}})",
  "deckFile.originNoteCloze": "nota {{id}} (c{{c}})",
  "deckFile.formatCsv": "CSV/TSV com linha de cabeçalho",
  "deckFile.formatQuizlet": "exportação do Quizlet (um termo e sua definição por linha)",
  "deckFile.formatAnkiText": "notas do Anki em texto simples",
  "deckFile.formatApkg": "pacote do Anki (.apkg)",
  "deckFile.formatCsvTab": "CSV com linha de cabeçalho (separado por tab)",
  "deckFile.formatCsvComma": "CSV com linha de cabeçalho (separado por vírgula)",
  "deckFile.formatCsvSemicolon": "CSV com linha de cabeçalho (separado por ponto e vírgula)",
  "deckFile.formatQuizletTabLines":
    "exportação do Quizlet (tab entre termo e definição, uma entrada por linha)",
  "deckFile.formatQuizletTabSemicolons":
    "exportação do Quizlet (tab entre termo e definição, entradas separadas por ponto e vírgula)",
  "deckFile.formatQuizletCommaLines":
    "exportação do Quizlet (vírgula entre termo e definição, uma entrada por linha)",
  "deckFile.formatQuizletCommaSemicolons":
    "exportação do Quizlet (vírgula entre termo e definição, entradas separadas por ponto e vírgula)",
  "deckFile.formatAnkiTextTabHtmlOn": "notas do Anki em texto simples (separadas por tab, HTML ligado)",
  "deckFile.formatAnkiTextTabHtmlOff": "notas do Anki em texto simples (separadas por tab, HTML desligado)",
  "deckFile.formatAnkiTextCommaHtmlOn": "notas do Anki em texto simples (separadas por vírgula, HTML ligado)",
  "deckFile.formatAnkiTextCommaHtmlOff":
    "notas do Anki em texto simples (separadas por vírgula, HTML desligado)",
  "deckFile.formatAnkiTextSemicolonHtmlOn":
    "notas do Anki em texto simples (separadas por ponto e vírgula, HTML ligado)",
  "deckFile.formatAnkiTextSemicolonHtmlOff":
    "notas do Anki em texto simples (separadas por ponto e vírgula, HTML desligado)",
  "deckFile.formatAnkiTextSpaceHtmlOn": "notas do Anki em texto simples (separadas por espaço, HTML ligado)",
  "deckFile.formatAnkiTextSpaceHtmlOff":
    "notas do Anki em texto simples (separadas por espaço, HTML desligado)",
  "deckFile.formatAnkiTextPipeHtmlOn":
    "notas do Anki em texto simples (separadas por barra vertical, HTML ligado)",
  "deckFile.formatAnkiTextPipeHtmlOff":
    "notas do Anki em texto simples (separadas por barra vertical, HTML desligado)",
  "deckFile.formatAnkiTextColonHtmlOn":
    "notas do Anki em texto simples (separadas por dois-pontos, HTML ligado)",
  "deckFile.formatAnkiTextColonHtmlOff":
    "notas do Anki em texto simples (separadas por dois-pontos, HTML desligado)",
  "deckFile.formatAnkiTextOtherHtmlOn":
    'notas do Anki em texto simples (separadas por "{{separator}}", HTML ligado)',
  "deckFile.formatAnkiTextOtherHtmlOff":
    'notas do Anki em texto simples (separadas por "{{separator}}", HTML desligado)',
  "deckFile.formatApkgCurrent": "pacote do Anki (formato atual do Anki, collection.anki21b)",
  "deckFile.formatApkgAnki21": "pacote do Anki (formato do Anki 2.1, collection.anki21)",
  "deckFile.formatApkgLegacy": "pacote do Anki (formato antigo, collection.anki2)",
  "deckFile.frontQuestionEmpty": "a frente/pergunta está vazia",
  "deckFile.backAnswerEmpty": "o verso/resposta está vazio",
  "deckFile.badDifficulty": 'a dificuldade "{{difficulty}}" não é nenhuma destas: easy, medium, hard',
  "deckFile.quizletNoTab": "não há tab entre o termo e a definição",
  "deckFile.quizletNoComma": "não há vírgula entre o termo e a definição",
  "deckFile.termEmpty": "o termo está vazio",
  "deckFile.definitionEmpty": "a definição está vazia",
  "deckFile.frontEmpty": "a frente está vazia",
  "deckFile.backEmpty": "o verso está vazio",
  "deckFile.mediaOnly": "só tem imagens ou sons, que ainda não são exibidos",
  "deckFile.clozeWithoutDeletion": "uma nota Cloze sem nenhuma lacuna {{example}}",
  "deckFile.clozeDeletionEmpty": "a lacuna (cloze) está vazia",
  "deckFile.noteOneField": "a nota tem só um campo; um cartão precisa de frente e verso",
  "deckFile.sameFrontAs": "mesma frente da {{first}}",
  "deckFile.sameQuestionAs": "mesma pergunta da {{first}}",
  "deckFile.fieldTooLong": "{{field}} pode ter no máximo {{max}} caracteres (tem {{size}})",
  "deckFile.fieldEmpty": "{{field}} não pode ficar vazio",
  "deckFile.fieldTooFewChoices": "{{field}} precisa de pelo menos {{min}} alternativas",
  "deckFile.fieldTooManyChoices": "{{field}} aceita no máximo {{max}} alternativas",
  "deckFile.itemDoesNotFit": "não se encaixa no formato de baralho",
  "deckFile.uploadNotText":
    "o arquivo não é texto UTF-8; um baralho precisa ser um arquivo de texto salvo como UTF-8 (ele parece binário ou usa outra codificação)",
  "deckFile.importBug":
    "não consegui importar este arquivo ({{detail}}); isso é um bug do quizdeck, por favor reporte",
  "deckFile.htmlTooDeep": "HTML aninhado em mais de {{max}} níveis; o arquivo parece danificado ou malicioso",
  "deckFile.noCardsOrQuestions": "o arquivo não tem cartões nem perguntas",
  "deckFile.allSkipped":
    "nenhum cartão ou pergunta pôde ser importado: todos os {{count}} foram ignorados (o primeiro: {{from}}: {{reason}})",
  "deckFile.tooManyCardsAndQuestions":
    "o arquivo gera {{count}} cartões e perguntas; o limite é {{max}} por baralho. Divida-o em vários arquivos",
  "deckFile.notAFile": "não é um arquivo",
  "deckFile.fileNotFound": "arquivo não encontrado",
  "deckFile.fileUnreadable": "não consegui ler o arquivo ({{detail}})",
  "deckFile.tooManyRows":
    "o arquivo tem mais de {{max}} linhas; o limite é {{max}}. Divida-o em arquivos menores",
  "deckFile.rowTooLong":
    "uma linha tem mais de {{max}} KB de texto, mas um cartão tem no máximo algumas centenas de caracteres. Confira as aspas perto desta linha",
  "deckFile.quoteNotClosed":
    'um campo entre aspas nunca é fechado: um " abre um campo que vai até o fim do arquivo',
  "deckFile.quoteNotDoubled": 'aspas (") dentro de um campo entre aspas precisam ser duplicadas ("")',
  "deckFile.rowsUnreadable": "não consegui ler as linhas: {{detail}}",
  "deckFile.rowsUnreadableOther": "não consegui ler as linhas ({{detail}})",
  "deckFile.csvNoHeader":
    "a primeira linha precisa dar nome às colunas: front (ou term, question, prompt) e back (ou definition, answer); opcionais: wrong1..wrongN ou choices, explanation, hint, difficulty, tags",
  "deckFile.notQuizlet":
    "isto não parece uma exportação do Quizlet: {{unsplit}} de {{lines}} linhas não têm tab nem vírgula entre o termo e a definição. Se for um CSV, dê nome às colunas na primeira linha (front,back)",
  "deckFile.ankiHeaderColumn": '#{{key}}: precisa ser um número de coluna a partir de 1, não "{{value}}"',
  "deckFile.ankiHeaderSeparator":
    '#separator: "{{value}}" não é um único caractere nem um nome (Tab, Comma, Semicolon, Space, Pipe, Colon)',
  "deckFile.notZip": "este arquivo não é um zip, então não é um pacote do Anki (.apkg)",
  "deckFile.packageTooLarge":
    "o pacote tem {{size}} MB; o limite é {{max}} MB. Exporte menos notas, ou exporte sem mídia",
  "deckFile.packageUnpacksTooLarge": "descompactado, o pacote passa de {{max}} MB; o limite é {{max}} MB",
  "deckFile.packageTooManyFiles": "o pacote tem mais de {{max}} arquivos; o limite é {{max}}",
  "deckFile.packageUnsafeEntry": "o pacote contém {{entry}}; não é um pacote gerado pelo Anki",
  "deckFile.entryNameEmptyOrLong": "um arquivo com nome vazio ou longo demais",
  "deckFile.entryNameControl": 'um arquivo chamado "{{name}}" (caracteres de controle ou barras invertidas)',
  "deckFile.entryNameAbsolute": 'um arquivo com caminho absoluto ("{{name}}")',
  "deckFile.entryNameOutside": 'um arquivo que aponta para fora do zip ("{{name}}")',
  "deckFile.entryCompression": '"{{name}}" usa um método de compressão que o Anki não usa ({{method}})',
  "deckFile.packageDamaged": "o pacote está danificado ({{detail}}); exporte-o de novo pelo Anki",
  "deckFile.noCollection":
    "o pacote não contém uma coleção do Anki (collection.anki2, .anki21 ou .anki21b); exporte o baralho de novo pelo Anki",
  "deckFile.notZstd":
    "collection.anki21b não contém dados compactados com zstd; o pacote está danificado. Exporte-o de novo pelo Anki",
  "deckFile.collectionUnreadable":
    "a coleção do pacote não é um banco de dados do Anki legível ({{detail}}); exporte o baralho de novo pelo Anki",
  "deckFile.notACollection":
    "o banco de dados do pacote não é uma coleção do Anki (não tem notas nem tipos de nota); exporte o baralho de novo pelo Anki",
  "deckFile.tooManyNotes":
    "o pacote tem {{count}} notas; o limite é {{max}}. Exporte um baralho menor ou um sub-baralho",
  "deckFile.noteTooLong":
    "a nota {{id}} tem {{size}} KB de texto; o limite é {{max}} KB por nota. A coleção parece danificada ou maliciosa",
  "deckFile.noteNoFields": "a nota {{id}} não tem campos; a coleção parece danificada",
  "deckFile.noteTooManyFields":
    "a nota {{id}} tem {{count}} campos; notas do Anki têm no máximo {{max}}. A coleção parece danificada ou maliciosa",
  "deckFile.noteHtmlTooDeep":
    "nota {{id}}: HTML aninhado em mais de {{max}} níveis; a coleção parece danificada ou maliciosa",
  "deckFile.noNoteTypes": "a coleção do pacote não tem tipos de nota; exporte o baralho de novo pelo Anki",
  "deckFile.noteTypesNotJson": "os tipos de nota do pacote não são JSON válido; a coleção está danificada",
  // the attachment, before and while it is downloaded
  "deckFile.notADeckFile":
    '"{{name}}" não é um arquivo de baralho: envie um baralho .yaml, .yml ou .json, um .csv/.tsv, uma exportação .txt do Quizlet ou do Anki, ou um pacote .apkg do Anki.',
  "deckFile.uploadTooBig": '"{{name}}" tem {{size}}; o limite é {{limit}}. Divida-o em baralhos menores.',
  "deckFile.uploadedNotAsPackage":
    '"{{name}}" foi enviado como {{type}}, não como pacote do Anki. Envie o próprio arquivo.',
  "deckFile.uploadedNotAsText":
    '"{{name}}" foi enviado como {{type}}, não como texto. Envie o próprio arquivo.',
  "deckFile.noAddress": "Esse anexo não tem um endereço utilizável. Envie o arquivo de novo.",
  "deckFile.notFromDiscord": "Só baixo anexos do Discord. Envie o arquivo de novo.",
  "deckFile.fetchStatus": 'O Discord respondeu {{status}} quando baixei "{{name}}". Envie de novo.',
  "deckFile.servedNotAsPackage": '"{{name}}" chega como {{type}}, não como pacote do Anki.',
  "deckFile.servedNotAsText": '"{{name}}" chega como {{type}}, não como texto.',
  "deckFile.downloadTooBig": '"{{name}}" tem mais de {{limit}}. Divida-o em baralhos menores.',
  "deckFile.downloadSlow": 'Baixar "{{name}}" levou mais de {{seconds}} s. Tente de novo.',
  "deckFile.downloadFailed": 'Não consegui baixar "{{name}}" ({{detail}}). Tente de novo.',
  "deckFile.downloadFailedNetwork": 'Não consegui baixar "{{name}}" (erro de rede). Tente de novo.',
};
