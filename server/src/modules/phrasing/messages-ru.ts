/**
 * Russian catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Counted nouns come in four forms (see catalogue.ts): {one} "ребёнок дома" (1, 21, 101),
 * {few} "ребёнка дома" (2–4, 22–24; also the genitive singular, after "не более 21"),
 * {many} "детей дома" (0, 5–20, 25; also the genitive plural, after "нет", "больше", "не менее 5"),
 * {other} for fractions. {gender} (m, f, n, p) agrees "один/одна/одно"; {past} is an event's
 * past tense ("покупали"), {zero} an amount of nothing ("0 €"). Sentences keep the label in the
 * nominative ("годовой доход у них выше") so no label needs other cases.
 */
import { MESSAGES_AUDIT_RU } from './messages-audit-ru.js';
import { MESSAGES_JOBS_RU } from './messages-jobs-ru.js';

export const MESSAGES_RU: Readonly<Record<string, string>> = {
  ...MESSAGES_JOBS_RU,
  ...MESSAGES_AUDIT_RU,
  'fact.value': '{label} ({value})',
  'fact.unknown': '{label} (нет данных)',
  'fact.yesNo': '{label} ({answer, select, yes {да} other {нет}})',
  'fact.count':
    '{n, plural, =0 {У клиента нет {many}} =1 {У клиента {gender, select, f {одна} n {одно} other {один}} {one}} one {У клиента # {one}} few {У клиента # {few}} many {У клиента # {many}} other {У клиента # {other}}}',
  'fact.event': '{when, select, today {Последняя покупка сегодня} other {Последняя покупка {ago} назад}}',
  'cf.event':
    '{sooner, select, yes {{when, select, today {последняя покупка сегодня} other {последняя покупка {ago} назад}}} other {последняя покупка лишь {ago} назад}}',
  'cf.count':
    '{n, plural, =0 {нет {many}} =1 {{gender, select, f {одна} n {одно} other {один}} {one}} one {# {one}} few {# {few}} many {# {many}} other {# {other}}}',
  'cf.value': '{label}: {value}',
  'cf.sentence': 'При таких изменениях ({changes}) вероятность отклика этого клиента выросла бы с {from} до {to}.',
  'cf.closest':
    'Никакое изменение не более чем трёх признаков, на которые может повлиять кампания, не поднимает этого клиента выше порога модели ({threshold}). Ближе всего: при таких изменениях ({changes}) вероятность выросла бы с {from} до {to}.',
  'cf.nothing': 'Никакое изменение признаков, на которые может повлиять кампания, не повышает вероятность отклика этого клиента.',
  'cf.already': 'Этот клиент уже, скорее всего, откликнется: {probability} не ниже порога модели ({threshold}).',
  'cf.noActionable': 'Ни один признак этой модели не отмечен как зависящий от кампании; отметьте их на странице «Данные».',
  'reasons.headline': 'Прогноз вероятности отклика: {probability} (у среднего клиента: {average}).',
  'reasons.for': 'Причины за:',
  'reasons.noneFor': 'Ничто не поднимает вероятность выше, чем у среднего клиента.',
  'reasons.against': 'Причины против:',
  'reasons.noneAgainst': 'Ничто не снижает вероятность ниже, чем у среднего клиента.',
  'reasons.reason': '{value}: {direction, select, up {повышает} other {снижает}} вероятность {points}',
  'reasons.line': '- {reason}.',
  'reasons.points':
    '{kind, select, less {меньше чем на 1 пункт} other {примерно на {count} {n, plural, one {пункт} few {пункта} many {пунктов} other {пункта}}}}',
  'reasons.logOdds':
    'Пункты приблизительны: модель складывает причины в логит-шкале, поэтому каждое число показывает, насколько изменилась бы вероятность без одной этой причины.',
  'error.signIn': 'Войдите, чтобы продолжить.',
  'error.forbidden': 'Ваша роль этого не позволяет. Попросите доступ у администратора.',
  'error.notFound':
    'Не удалось найти {thing, select, dataset {набор данных} dataset_to_append_to {набор данных для дополнения} model {модель} trained_model {обученную модель} model_dataset {набор данных модели} segmentation {сегментацию} scored_list {оценённый список} training_run {обучение} user {пользователя} other {то, что вы ищете}}. Возможно, это удалили.',
  'error.newPassword': 'Сначала выберите новый пароль.',
  'error.internal': 'Что-то пошло не так на нашей стороне. Попробуйте ещё раз; если ошибка повторяется, сообщите администратору.',
  'error.badLogin': 'Неверный адрес электронной почты или пароль.',
  'error.disabled': 'Эта учётная запись отключена. Попросите администратора снова её включить.',
  'error.topN': 'Выберите от 1 до {max} факторов (запрошено {asked}).',
  'error.noExplanations': 'У этой модели ещё нет объяснений, поэтому описать целевую группу нельзя. Обучите её заново.',
  'error.import.empty': 'Файл пуст: в нём нет ни строки заголовков, ни данных.',
  'error.import.unterminated':
    'В строке {line} открывается значение в кавычках ("), которые нигде не закрываются, поэтому остальную часть файла прочитать нельзя. Добавьте недостающую закрывающую кавычку в этой строке.',
  'error.import.changed': 'Файл изменился во время импорта (теперь у него другой заголовок). Загрузите его ещё раз.',
  'error.import.twoValues': 'Целевой столбец «{column}» должен содержать ровно два значения (например, да/нет или 1/0); в нём {count}.',
  'error.import.interrupted': 'Сервер остановился во время этого импорта. Ничего не загружено; загрузите файл ещё раз.',
  'error.import.crashed': 'Что-то пошло не так на нашей стороне во время импорта. Ничего не загружено; попробуйте ещё раз.',
  'error.import.delimiter': 'Разделителем может быть только , ; | или табуляция.',
  'error.segmentNotFound': 'Не удалось найти сегмент {n, number}. Возможно, его удалили.',
  'error.columnNotFound': 'Не удалось найти столбец «{column}». Возможно, его удалили.',
  'error.throttle':
    'Слишком много попыток. Попробуйте снова через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.',
  'error.lastAdmin': '{email} — последний активный администратор. Сначала сделайте администратором кого-то ещё.',
  'error.currentPassword': 'Текущий пароль указан неверно.',
  'error.samePassword': 'Новый пароль должен отличаться от текущего.',
  'error.password.short':
    'Пароль должен содержать не меньше {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'error.password.long':
    'Пароль может содержать не больше {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'error.password.email': 'Пароль не может совпадать с вашим адресом электронной почты.',
  'error.password.common': 'Этот пароль — один из самых распространённых, его легко угадать. Выберите другой.',
  'error.password.repeated': 'Пароль не может состоять из одного повторяющегося символа.',
  'error.notEmail': '«{email}» — это не адрес электронной почты.',
  'error.emailTaken': 'Пользователь с адресом {email} уже существует.',
  'error.noTarget': 'Перед обучением выберите на странице «Данные» столбец, который показывает, откликнулся ли клиент (целевой столбец).',
  'error.unknownAlgorithm': 'Неизвестный алгоритм: {list}.',
  'error.memory':
    'Для обучения на этом наборе данных нужно около {needed}; сервер разрешает {allowed}: задайте MAX_TRAINING_MEMORY_MB или обучайте на выборке.',
  'error.trainingFinished': 'Это обучение уже завершилось, отменять нечего.',
  'error.noCurve': 'У этой модели нет кривой отклика для «{feature}». Выберите один из признаков в списке важности признаков.',
  'error.ai.notSetUp':
    'Переписывание с помощью ИИ на этом сервере не настроено: администратор задаёт LLM_API_URL и LLM_API_KEY (сервис, совместимый с OpenAI).',
  'error.ai.unreachable': 'Не удалось связаться с сервисом ИИ. Бриф не изменился; попробуйте позже.',
  'error.ai.status': 'Сервис ИИ ответил ошибкой (HTTP {status}). Бриф не изменился.',
  'error.ai.empty': 'Сервис ИИ не вернул текст. Бриф не изменился.',
  'error.segmentation.unfinished': 'Эта сегментация ещё не завершилась, поэтому в ней пока нет участников.',
  'error.segmentation.running': 'Сегментация этого набора данных уже выполняется. Дождитесь её окончания и запустите новую.',
  'error.segmentation.finished': 'Эта сегментация уже завершилась, отменять нечего.',
  'error.briefTooLong': 'Бриф может содержать не больше {max, number} символов.',
  'error.wholeNumber': '{name} должно быть целым числом от {min, number} до {max, number} (получено {value}).',
  'error.scaling': 'Масштабирование должно быть «standard» или «robust» (получено «{value}»).',
  'error.eps': 'Радиус DBSCAN (eps) должен быть больше 0.',
  'error.noColumns': 'Выберите хотя бы один столбец для сегментации.',
  'error.dbscanK': 'DBSCAN сам находит число сегментов; оставьте k пустым или используйте k-means.',
  'error.rfmK': 'Оценки RFM дают фиксированный набор именованных сегментов; оставьте k пустым или используйте k-means.',
  'error.rfmFeatures': 'Оценки RFM строятся по давности, частоте и сумме покупок: выберите признаки RFM.',
  'error.audit.adminsOnly': 'Экспортировать журнал аудита могут только администраторы.',
  'error.notDate': '«{value}» — это не дата (используйте 2026-01-31 или 2026-01-31T12:00:00Z).',
  'error.notAuditAction': '«{value}» — это не действие журнала аудита.',
  'error.actorId': 'actorId должен быть идентификатором пользователя.',
  'error.entriesPage': 'Запрашивайте от 1 до {max, number} записей за раз.',
  'error.negativeOffset': 'Смещение не может быть отрицательным.',
  'error.tooManyValues': 'За один раз можно объяснить не больше {max, number} значений.',
  'error.modelColumn': 'Модель не использует столбец «{column}».',
  'error.trainingCustomersGone': 'Клиентов, на которых обучалась модель, больше нет в наборе данных; обучите модель заново.',
  'error.import.importersOnly': 'Загружать данные могут только импортёры и администраторы.',
  'error.import.again': 'Этот файл уже импортирован в «{dataset}» {date}. Повторно он не импортирован.',
  'error.import.againAs': 'Этот файл уже импортирован в «{dataset}» {date} (как {file}). Повторно он не импортирован.',
  'error.upload.tooLarge': 'Файл больше допустимых {size}. Разделите его на файлы поменьше и импортируйте их по очереди.',
  'error.upload.mediaType': 'Отправьте файл как CSV (Content-Type: text/csv), а не как {type}.',
  'error.upload.empty': 'Файл пуст. Выберите CSV-файл со строкой заголовков и хотя бы одним клиентом.',
  'error.upload.interrupted': 'Загрузка прервалась до того, как пришёл весь файл. Ничего не импортировано; попробуйте ещё раз.',
  'error.upload.form': 'Не удалось прочитать форму загрузки. Отправьте CSV-файл в теле запроса.',
  'error.upload.noFile': 'В форме загрузки нет файла.',
  'error.param.once': 'Параметр «{name}» нужно указать один раз, текстом.',
  'error.param.long': 'Параметр «{name}» слишком длинный (не больше {max, number} символов).',
  'error.onInvalid': 'onInvalid должен быть «reject» или «skip».',
  'error.onDuplicate': 'onDuplicate должен быть «skip» или «replace».',
  'error.label.empty': 'Подпись столбца не может быть пустой.',
  'error.label.long': 'Подпись столбца может содержать не больше 120 символов.',
  'error.targetStaysBinary': 'Целевой столбец должен оставаться столбцом да/нет (BINARY).',
  'error.campaignNotBinary': '«{label}» — не столбец да/нет, поэтому он не может быть результатом прошлой кампании.',
  'error.targetNotBinary': '«{label}» — не столбец да/нет, поэтому он не может быть целевым.',
  'error.datasetName': 'Название набора данных должно содержать от 1 до 120 символов.',
  'error.costs': 'Затраты и ценности должны быть не меньше нуля.',
  'error.currency': '«{value}» — это не код валюты (например, EUR, USD или GBP).',
  'error.notRegion': '«{name}» — не столбец региона. Сначала отметьте его так на странице «Данные».',
  'error.otherSegmentation': 'Эта сегментация не относится к этому набору данных.',
  'error.regionValue': 'Регион должен быть COUNTRY, STATE, POSTAL_CODE или NONE (получено «{value}»).',
  'error.scoring.stillRunning': 'Этот список ещё оценивается. Дождитесь окончания, затем удалите его.',
  'error.scoring.failed': 'Этот список не удалось оценить, поэтому скачивать нечего. Причину смотрите на странице «Оценить список».',
  'error.scoring.notDone': 'Этот список ещё оценивается. Попробуйте снова, когда оценка закончится.',
  'error.scoring.rolesOnly': 'Оценивать список могут только аналитики, импортёры и администраторы.',
  'error.scoring.top': '«top» должен быть целым числом процентов от 1 до 100.',
  'error.scoring.decile': 'Дециль должен быть от 1 до 10.',
  'error.scoring.rows': 'Запрашивайте от 1 до {max, number} строк со смещения 0 или больше.',
  'error.searchTooLong': 'Поисковый запрос слишком длинный (не больше 200 символов).',
  'error.conditions.unreadable': 'Не удалось прочитать условия.',
  'error.conditions.list': 'Условия должны быть списком.',
  'error.conditions.feature': 'Каждому условию нужен признак.',
  'error.minGroup': 'Минимальный размер группы должен быть от 0 % до 100 % клиентов.',
  'error.capacity': 'Ёмкость должна быть не меньше одного клиента.',
  'error.notFeature': '«{feature}» — не признак этой модели.',
  'error.bounds': 'Нижняя граница «{feature}» выше верхней.',
  'error.chooseValue': 'Выберите хотя бы одно значение для «{feature}».',
  'error.noTargetColumn': 'В этом наборе данных нет целевого столбца.',
  'error.restarting': 'Сервер перезапускается и не принимает новых задач. Попробуйте ещё раз через минуту.',
  'error.noEndpoint': 'Такой точки доступа API нет.',
  'error.requestTooLarge': 'Запрос слишком большой.',
  'error.badRequest': 'Не удалось прочитать запрос.',
  'error.phrasing.kind': '«{kind}» — не вид признака ({kinds}).',
  'error.phrasing.count':
    'Для счётного признака нужно то, что он считает, в единственном и множественном числе («ребёнок дома», «дети дома»).',
  'error.phrasing.unit': '«{unit}» — не единица времени ({units}).',
  'error.phrasing.value': "Во фразе нужно '{value}' на месте числа, например «потратили '{value}' на вино».",
  'error.phrasing.braces': "Во фразе можно использовать '{value}' и никакие другие фигурные скобки.",
  'error.phrasing.long': 'Каждая фраза должна быть короче 120 символов.',
  'error.modelOutdated': 'Эта модель больше не соответствует столбцам набора данных ({reason}). Обучите её заново.',
  'error.phrasing.level': 'Для каждого уровня нужно то, что он говорит о клиенте («состоят в браке»), или не указывайте этот уровень.',
  'error.job.trainingStopped': 'Сервер остановился во время этого обучения. Прежние модели остаются активными; запустите обучение снова.',
  'error.job.trainingGaveUp':
    'Обучение не удалось (попыток: {tries}) из-за ошибки на нашей стороне, поэтому оно остановлено. Прежние модели остаются активными.',
  'error.job.trainingCancelled': 'Отменено пользователем {who}. Прежние модели остаются активными.',
  'error.job.trainingLost':
    'Обучение остановилось, потому что потеряно соединение с базой данных. Прежние модели остаются активными; запустите обучение снова.',
  'error.job.trainingNoTarget': 'Набор данных удалён или в нём больше нет целевого столбца.',
  'error.job.segmentationStopped': 'Сервер остановился во время этой сегментации. Запустите её снова.',
  'error.job.segmentationGaveUp':
    'Сегментация не удалась (попыток: {tries}) из-за ошибки на нашей стороне, поэтому она остановлена. Прежние сегментации не изменились.',
  'error.job.segmentationCancelled': 'Отменено пользователем {who}. Прежние сегментации не изменились.',
  'error.job.segmentationLost':
    'Сегментация остановилась, потому что потеряно соединение с базой данных. Прежние сегментации не изменились; запустите её снова.',
  'error.job.datasetDeleted': 'Набор данных удалён.',
  'error.job.scoringStopped': 'Сервер остановился во время оценки этого списка. Ничего не сохранено; загрузите список ещё раз.',
  'error.job.scoringCrashed': 'Что-то пошло не так на нашей стороне при оценке этого списка. Ничего не сохранено; попробуйте ещё раз.',
  'error.job.scoringLost': 'Во время оценки этого списка потеряно соединение с базой данных. Ничего не сохранено; попробуйте ещё раз.',
  'csv.row': 'строка',
  'csv.predictedProbability': 'прогноз_вероятности',
  'csv.segment': 'сегмент',
  'csv.segmentName': 'название_сегмента',
  'count.customers': '{n, plural, one {{count} клиент} few {{count} клиента} many {{count} клиентов} other {{count} клиента}}',
  'count.contacts': '{n, plural, one {{count} контакт} few {{count} контакта} many {{count} контактов} other {{count} контакта}}',
  // After "из": the genitive (из 21 подходящего клиента, из 5 подходящих клиентов).
  'count.matchingCustomers': '{n, plural, one {{count} подходящего клиента} other {{count} подходящих клиентов}}',
  'count.times': '{n, plural, one {{count} раз} few {{count} раза} many {{count} раз} other {{count} раза}}',
  'describe.head.who': 'Кого выбрать для следующей кампании.',
  'describe.head.howMany': 'Сколько их.',
  'describe.head.respond': 'Как они откликаются.',
  'describe.head.apart': 'Чем ещё они отличаются.',
  'describe.head.worth': 'Чего это стоит.',
  'describe.head.sure': 'Насколько мы уверены.',
  'describe.noGroup':
    'Ни одна комбинация сильнейших факторов не выделяет группу{hasMin, select, yes { размером не менее {min} клиентов} other {}}, которая откликается лучше среднего, поэтому рекомендовать целевую группу нечего; ниже приведены показатели по всем клиентам.',
  'describe.howMany': '{customers}, {share} всей базы.',
  'describe.noMatch':
    'Ни один клиент не удовлетворяет всем этим условиям, поэтому измерять нечего: ослабьте одно из условий или выберите меньше факторов.',
  'describe.rate': '{about, select, yes {около } other {}}{count} из {per}',
  'describe.lift':
    '{kind, select, same {примерно на уровне базового показателя} below {ниже базового показателя ({lift} от него)} other {{n, plural, one {в {lift} раз} few {в {lift} раза} many {в {lift} раз} other {в {lift} раза}} выше базового показателя}}',
  'describe.responded':
    '{n, plural, one {{count} из них откликнулся} other {{count} из них откликнулись}} на последнюю кампанию: {rate} против {base} по всем клиентам, то есть {lift}.',
  'describe.noneResponded': 'Никто из них не откликнулся на последнюю кампанию, против {base} по всем клиентам.',
  'describe.oneCustomer':
    'Единственный такой клиент {responded, select, yes {откликнулся} other {не откликнулся}} на последнюю кампанию, против {base} по всем клиентам; по одному клиенту судить нельзя.',
  'describe.noHoldout':
    'Среди клиентов, которых модель не видела при обучении, подходящих нет, поэтому проверки на отложенной выборке нет.',
  'describe.holdout':
    'Среди клиентов, которых модель не видела при обучении, откликнулись {responders} из {customers} ({rate} против {base}, {lift}).',
  'describe.predicted': 'Модель даёт им среднюю вероятность отклика {probability}.',
  'describe.apart': 'По сравнению с остальными клиентами: {list}.',
  'describe.outcome': '{kind, select, even {вышел бы в ноль} earn {принёс бы около {amount}} other {принёс бы убыток около {amount}}}',
  'describe.groupOutcome': '{kind, select, even {выходит в ноль} earn {приносит около {amount}} other {приносит убыток около {amount}}}',
  'describe.money':
    'При {cost} за контакт и {value} за отклик {group, select, yes {контакт с этой группой {groupOutcome}; } other {}}контакт со всеми клиентами {outcome}.',
  'describe.bestList':
    'Самый выгодный список — {whole, select, yes {вся база} other {{k} % клиентов с самой высокой оценкой модели}} ({contacts}); он {outcome}.',
  'describe.resampled':
    'Если {times} заново случайно выбрать клиентов, отклик группы остаётся в {low}–{high} раза выше базового показателя (в 95 % выборок).',
  'describe.cameBack': '{label} — в {count} из {total}',
  'describe.broughtBack': 'Новый поиск на каждой выборке снова находил {n, plural, one {это условие} other {эти условия}} ({list}).',
  'describe.caution': 'К этой группе стоит относиться осторожно: {reasons}.',
  'describe.fewCustomers': 'Всего {customers}, поэтому доля откликов — лишь грубый ориентир.',
  'describe.disagree':
    'Модели расходятся в том, в какую сторону {label} {plural, select, yes {влияют} other {влияет}} на отклик, поэтому это условие менее надёжно.',
  'describe.caveat': 'Это связи в прошлых данных, а не причины: кампания, нацеленная на эту группу, — обоснованная ставка, но не гарантия.',
  'stability.condition': 'условие по признаку «{label}» повторилось лишь в {count} из {total} выборок',
  'stability.lowLift': 'отклик группы может опуститься до {lift} от базового показателя, едва выше него',
  'stability.empty': 'в некоторых выборках в группе не оказалось клиентов или откликов',
  'bound.min': 'не менее {min}',
  'bound.max': 'не более {max}',
  'bound.range': 'от {min} до {max}',
  'bound.exact': 'ровно {min}',
  'bound.known': 'известно',
  'bound.rangeUnit': 'от {minNumber} до {max}',
  'money.nothing': '{zero}',
  'year.min': 'в {min} году или позже',
  'year.max': 'в {max} году или раньше',
  'year.range': 'в {min}–{max} годах',
  'year.exact': 'в {min} году',
  'date.min': '{min} или позже',
  'date.max': '{max} или раньше',
  'date.range': 'с {min} по {max}',
  'date.exact': '{min}',
  'count.min':
    '{min, plural, =1 {хотя бы {gender, select, f {одна} n {одно} other {один}} {one}} one {не менее # {few}} other {не менее # {many}}}',
  'count.max':
    '{max, plural, =0 {нет {many}} =1 {не более {gender, select, f {одной} other {одного}} {few}} one {не более # {few}} other {не более # {many}}}',
  'count.range': 'от {min, number} до {max, plural, one {# {few}} other {# {many}}}',
  'count.exact':
    '{min, plural, =0 {нет {many}} =1 {ровно {gender, select, f {одна} n {одно} other {один}} {one}} one {ровно # {one}} few {ровно # {few}} many {ровно # {many}} other {ровно # {other}}}',
  'unit.second': '{n, plural, one {# секунда} few {# секунды} many {# секунд} other {# секунды}}',
  'unit.minute': '{n, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}',
  'unit.hour': '{n, plural, one {# час} few {# часа} many {# часов} other {# часа}}',
  'unit.day': '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'unit.week': '{n, plural, one {# неделя} few {# недели} many {# недель} other {# недели}}',
  'unit.month': '{n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'unit.year': '{n, plural, one {# год} few {# года} many {# лет} other {# года}}',
  'event.max': '{event} за последние {max}',
  'event.maxOne':
    '{event} за {unit, select, second {последнюю секунду} minute {последнюю минуту} hour {последний час} day {последний день} week {последнюю неделю} month {последний месяц} other {последний год}}',
  'event.exact': 'последний раз {past} {min} назад',
  'event.today': '{event} сегодня',
  'event.min': 'уже не менее {min} не {event}',
  'event.range': 'последний раз {past} {minNumber}–{max} назад',
  clause: '{relative, select, who {которые {body}} whose {у которых {body}} other {у которых {body}}}',
  'body.whose': '{label} — {value}',
  'body.factYes': '{label} — да',
  'body.factNo': '{label} — нет',
  'sentence.all': 'Все клиенты.',
  'sentence.customers': 'Клиенты, {clauses}.',
  'compare.count': 'у них {strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}} {many} ({figures})',
  'compare.plural':
    '{label} у них {strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}} ({figures})',
  'compare.level': '{label} у них {strong, select, yes {гораздо } other {}}{direction, select, higher {выше} other {ниже}} ({figures})',
  'compare.time': '{label} у них {direction, select, higher {позже} other {раньше}} ({figures})',
  'compare.more': '{strong, select, yes {гораздо } other {}}{direction, select, higher {больше} other {меньше}}',
  'compare.later': '{direction, select, higher {позже} other {раньше}}',
  'compare.age': '{direction, select, higher {старше} other {моложе}} ({figures})',
  'compare.recency': '{direction, select, higher {дольше не {event}} other {{event} недавно}} ({figures})',
  'compare.longer': '{label} у них {direction, select, higher {длиннее} other {короче}} ({figures})',
  'compare.fact': '{yes} {strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} ({group} против {rest})',
  'compare.factGeneric':
    '{strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} отмечены «да» в поле {label} ({group} против {rest})',
  'compare.category':
    '{label} «{level}» у них встречается {strong, select, yes {гораздо } other {}}{direction, select, higher {чаще} other {реже}} ({group} против {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'медиана {group} против {rest}',
  'figures.mean': 'в среднем {group} против {rest}',
  'tag.count': '{direction, select, higher {больше} other {меньше}} {many}',
  'tag.level':
    '{direction, select, higher {{gender, select, f {высокая} n {высокое} p {высокие} other {высокий}}} other {{gender, select, f {низкая} n {низкое} p {низкие} other {низкий}}}} {label}',
  'tag.time':
    '{direction, select, higher {{gender, select, f {поздняя} n {позднее} p {поздние} other {поздний}}} other {{gender, select, f {ранняя} n {раннее} p {ранние} other {ранний}}}} {label}',
  'tag.fact': '{direction, select, higher {часто} other {редко}} {yes}',
  'region.caption':
    '{who}: прогнозируемая доля откликов {rate}{counted, select, yes { ({customers} из {n, plural, one {{total} клиента, отложенного} few {{total} клиентов, отложенных} many {{total} клиентов, отложенных} other {{total} клиента, отложенного}} при обучении)} other {}}.',
  // ---- Segments page (issue 18). ----
  'segment.size': '{size, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}} ({share})',
  'segment.withMedians': '{head}: медиана: {parts}.',
  'segment.plain': '{head}.',
  'segment.median.recency':
    '{event, select, none {последняя активность {group} назад} other {последняя покупка {group} назад}} (все клиенты: {all})',
  'segment.median.frequency': '{group, plural, one {# покупка} few {# покупки} many {# покупок} other {# покупки}} ({all, number})',
  'segment.median.monetary': 'расходы {group} ({all})',
  'segment.compared': 'По сравнению со всеми клиентами: {differences}.',
  'segment.alike': 'В остальном они похожи на всех клиентов.',
  'segment.rfmDescription': '{rule}. {description}',
  'segment.dateDifference':
    '{verb, select, none {у них {direction, select, higher {более ранняя} other {более поздняя}} дата: {label}} other {{verb}}} (в среднем на {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} {direction, select, higher {раньше} other {позже}})',
  'name.rfm':
    '{first, select, recent {недавние } lapsed {ушедшие } loyal {верные } occasional {случайные } steady {постоянные } other {}}{second, select, recent {недавние } lapsed {ушедшие } loyal {верные } occasional {случайные } steady {постоянные } other {}}{noun, select, big {крупные покупатели} mid {средние покупатели} low {покупатели с малыми тратами} oneTime {разовые покупатели} frequent {частые покупатели} occasional {редкие покупатели} regular {регулярные покупатели} other {клиенты}}',
  'name.withFeature': '{name} ({feature})',
  'name.twoFeatures': '{first}, {second}',
  'name.numbered': '{name} {n, number}',
  'name.segment': 'Сегмент {n, number}',
  'rfm.name':
    '{segment, select, champions {Чемпионы} loyal {Лояльные клиенты} potentialLoyalists {Потенциально лояльные} new {Новые клиенты} promising {Перспективные} needAttention {Требуют внимания} aboutToSleep {Засыпающие} atRisk {Под угрозой} cannotLose {Нельзя потерять} hibernating {Спящие} other {Потерянные}}',
  'rfm.rule':
    '{segment, select, champions {R 5, F 4-5: купили совсем недавно и покупают чаще всех} loyal {R 3-4, F 4-5: покупают часто и недавно} potentialLoyalists {R 4-5, F 2-3: недавние клиенты с несколькими покупками} new {R 5, F 1: купили совсем недавно, впервые или почти} promising {R 4, F 1: недавние, но купили очень мало} needAttention {R 3, F 3: средняя давность и частота} aboutToSleep {R 3, F 1-2: не очень недавние, мало покупок} atRisk {R 1-2, F 3-4: покупали довольно часто, но давно} cannotLose {R 1-2, F 5: покупали чаще всех, но давно} hibernating {R 1-2, F 1-2 (не обе 1): давно и редко} other {R 1, F 1: дольше всех и реже всех}}',
  'rfm.reason':
    'Давность, частота и сумма покупок оцениваются от 1 до 5 по квинтилям (5 = самая недавняя покупка, больше всего покупок, самые высокие траты; равные значения получают одну оценку), и каждый клиент по оценкам давности и частоты попадает в один из привычных именованных сегментов RFM.',
  'brief.tone':
    '{tone, select, winBackValued {Тон: личное возвращение ценных клиентов: отметьте их прежнюю верность и пригласите вернуться с чем-то эксклюзивным.} premium {Тон: премиальный и благодарный: поблагодарите, делайте упор на качество, новинки и эксклюзивность, а не на цену.} winBack {Тон: тёплое возвращение: напомните, что им нравилось, и дайте одну ясную причину вернуться сейчас.} value {Тон: простой и про выгоду: начните с цены, практической пользы и шага без обязательств.} timely {Тон: дружелюбный и своевременный: продолжите их недавнюю покупку уместным следующим шагом.} other {Тон: дружелюбный и информативный: покажите, что нового и полезного для них.}}',
  'brief.products': 'Товары, которые они предпочитают: {list}.',
  'brief.productsLikeAll': 'Товары: как и большинство клиентов, в основном {list}.',
  'brief.product': '{product} ({share} их трат, {all} у всех клиентов)',
  'brief.productShare': '{product} ({share} их трат)',
  'brief.channel':
    'Канал: покупают в основном {channel} ({share} их покупок); обращайтесь к ним там в первую очередь.{deals, select, more { Они чаще других покупают со скидкой: акция привлечёт внимание.} fewer { Они редко покупают со скидкой: не начинайте со снижения цен.} other {}}',
  'brief.offerTooFew':
    'Предложение: слишком мало клиентов, чтобы понять, какие прошлые кампании на них сработали (всего {size, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}} в сегменте); обращайтесь с ними как с ближайшим крупным сегментом.',
  'brief.offerNone':
    'Предложение: прошлые кампании работали на них не лучше, чем на других (лучшая: {campaign}, приняли {rate}{same, select, yes {, столько же, сколько в целом} other { против {overall} в целом}}); сначала проверьте новый вид предложения на небольшой группе.',
  'brief.offerWorked': 'Предложение: повторите то, что на них сработало: {list}.',
  'brief.offerFirst': '{campaign} (приняли {rate} против {overall} в целом)',
  'brief.offerNext': '{campaign} ({rate} против {overall})',
  'brief.targetWhere': 'целевую группу, описанную на странице «Целевая группа» ({description})',
  'brief.targetNone': 'Целевая группа: никто из них не входит в {where}; предложение следующей кампании не для них.',
  'brief.targetAll':
    'Целевая группа: {customers, plural, one {единственный клиент входит} other {все {customers, number} входят}} в {where}: начните с предложения следующей кампании.',
  'brief.targetMost':
    'Целевая группа: {customers, number} из них ({share}) {customers, plural, one {входит} other {входят}} в {where}: начните с предложения следующей кампании.',
  'brief.targetSome':
    'Целевая группа: {customers, number} из них ({share}) {customers, plural, one {входит} other {входят}} в {where}: начните с предложения следующей кампании для {customers, plural, one {этого клиента} other {этих клиентов}}; для остальных оставьте сообщение выше.',
  'k.asked': 'k = {k, number}, как запрошено.',
  'k.range': 'от {from, number} до {to, number} сегментов',
  'k.whereEligible': 'среди вариантов {range}, где в каждом сегменте не меньше {minShare} клиентов',
  'k.whereNone': 'среди вариантов {range} (ни при каком числе сегментов в каждом не было {minShare} клиентов или больше)',
  'k.best': 'k = {k, number}: лучше всего разделённая группировка (silhouette {silhouette}) {where}.',
  'k.tie':
    'k = {k, number}: {where}, k = {top, number} разделяет лучше всего (silhouette {topSilhouette}), а k = {k, number} почти так же ({silhouette}, в пределах {tolerance}): такая малая разница — шум, поэтому выигрывает более дробное разбиение.',
  'k.excluded':
    '{count, plural, one {k = {list} исключено} other {k = {list} исключены}}: в каком-то сегменте было бы меньше {minShare} клиентов.',
  'k.leftOutFew': 'Исключено: на менее чем {kMin, number} сегментах редко можно действовать; запросите k = {k, number}, чтобы их увидеть.',
  'k.leftOutSize': 'Исключено: в одном сегменте было бы всего {share} клиентов (меньше {minShare}).',
  'k.two':
    'Два сегмента разделяются лучше (silhouette {silhouette}), но на них редко можно действовать; запросите k = 2, чтобы их увидеть.',
  'dbscan.asked': 'eps = {eps} и minPts = {minPts, number}, как запрошено.',
  'dbscan.how':
    'minPts {minPts} (около 2 и 4 на столбец), eps в точке перегиба и на процентилях от 50 до 95 расстояния каждого клиента до его соседа с номером minPts',
  'dbscan.found':
    'eps = {eps}, minPts = {minPts, number}: из проверенных настроек ({how}) лучше всего разделённая (silhouette {silhouette}), дающая {clusters, number} групп, ни одной больше {maxLargest} клиентов, ни одной меньше {minSmallest}, и не больше {maxNoise} выбросов.',
  'dbscan.notFound':
    'DBSCAN не нашёл среди этих клиентов плотных групп полезного размера: ни одна из проверенных настроек ({how}) не дала двух или более групп без группы больше {maxLargest} клиентов, группы меньше {minSmallest} или больше {maxNoise} выбросов. Показано: eps = {eps} (точка перегиба), minPts = {minPts, number}. {kmeans} лучше подходит для этих клиентов.',
  'warning.noGroups':
    'DBSCAN не нашёл среди этих клиентов плотных групп полезного размера (как выбраны eps и minPts, сказано выше). Попробуйте {kmeans}.',
  'warning.allNoise':
    'Плотных групп не найдено: при этих настройках каждый клиент — выброс.{suggest, select, yes { Попробуйте {kmeans}: он всегда делит клиентов на группы полезного размера.} other {}}',
  'warning.giant':
    'В одном сегменте {share} клиентов, поэтому сегментация мало говорит о том, чем они различаются.{suggest, select, yes { Попробуйте {kmeans}: он всегда делит клиентов на группы полезного размера.} other {}}',
  'warning.tiny':
    '{count, plural, one {В # сегменте} other {В # сегментах}} меньше {min, number} клиентов: слишком мало, чтобы понять их отклик на кампании, поэтому в их брифах нет советов по кампаниям.{suggest, select, yes { Попробуйте {kmeans}: он всегда делит клиентов на группы полезного размера.} other {}}',
  'warning.noise':
    '{noise, plural, one {# клиент не попал} few {# клиента не попали} many {# клиентов не попали} other {# клиента не попали}} ни в один сегмент ({share}).{suggest, select, yes { Попробуйте {kmeans}: он всегда делит клиентов на группы полезного размера.} other {}}',
};
