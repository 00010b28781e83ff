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
};
