/**
 * Spanish catalogue: the same keys as messages-en.ts, ICU MessageFormat, nothing but messages.
 * Extra arguments the code passes for grammar (see catalogue.ts, GRAMMAR_ARGUMENTS): {gender} of a
 * translated label or counted noun (m, f, mp, fp; other = masculine), {past} (preterite of an
 * event, "compraron"; {event} is its participle, "comprado"), {zero} (an amount of nothing,
 * "0 €"), {unit} (the duration's unit).
 */
import { MESSAGES_AUDIT_ES } from './messages-audit-es.js';
import { MESSAGES_JOBS_ES } from './messages-jobs-es.js';

export const MESSAGES_ES: Readonly<Record<string, string>> = {
  ...MESSAGES_JOBS_ES,
  ...MESSAGES_AUDIT_ES,
  'fact.value': '{label} ({value})',
  'fact.unknown': '{label} (desconocido)',
  'fact.yesNo': '{label} ({answer, select, yes {sí} other {no}})',
  'fact.count': '{n, plural, =0 {No tiene {other}} =1 {Tiene {gender, select, f {una} other {un}} {one}} other {Tiene # {other}}}',
  'fact.event': '{when, select, today {Compró hoy} other {Compró hace {ago}}}',
  'cf.event':
    '{sooner, select, yes {{when, select, today {volviera a comprar hoy} other {volviera a comprar en los próximos {ago}}}} other {su última compra fuera hace {ago}}}',
  'cf.count': '{n, plural, =0 {no tuviera {other}} one {tuviera # {one}} other {tuviera # {other}}}',
  'cf.value': '{label} {plural, select, yes {fueran} other {fuera}} {value}',
  'cf.sentence': 'Con estos cambios ({changes}), su probabilidad subiría del {from} al {to}.',
  'cf.closest':
    'Ningún cambio de hasta tres características que una campaña puede cambiar hace probable que este cliente responda (el umbral del modelo es {threshold}). Lo más cercano: con estos cambios ({changes}), su probabilidad subiría del {from} al {to}.',
  'cf.nothing': 'Ningún cambio de las características que una campaña puede cambiar aumenta la probabilidad de este cliente.',
  'cf.already': 'Este cliente ya es probable que responda: {probability} alcanza o supera el umbral del modelo, {threshold}.',
  'cf.noActionable':
    'Ninguna característica que usa este modelo está marcada como modificable por una campaña; márquelas en la página de datos.',
  'reasons.headline': 'Probabilidad prevista de respuesta: {probability} (cliente medio: {average}).',
  'reasons.for': 'Razones a favor:',
  'reasons.noneFor': 'Nada eleva la probabilidad por encima de la del cliente medio.',
  'reasons.against': 'Razones en contra:',
  'reasons.noneAgainst': 'Nada reduce la probabilidad por debajo de la del cliente medio.',
  'reasons.reason': '{value}: {direction, select, up {aumenta} other {reduce}} la probabilidad en {points}',
  'reasons.line': '- {reason}.',
  'reasons.points': '{kind, select, less {menos de 1 punto} other {unos {count} {n, plural, one {punto} other {puntos}}}}',
  'reasons.logOdds':
    'Los puntos son aproximados: este modelo suma sus razones en escala logit, así que cada cifra indica cuánto cambiaría la probabilidad sin esa razón por sí sola.',
  'error.signIn': 'Inicie sesión para continuar.',
  'error.forbidden': 'Su rol no permite hacer esto. Pida acceso a un administrador.',
  'error.notFound':
    'No se ha encontrado {thing, select, dataset {el conjunto de datos} dataset_to_append_to {el conjunto de datos al que añadir} model {el modelo} trained_model {el modelo entrenado} model_dataset {el conjunto de datos del modelo} segmentation {la segmentación} scored_list {la lista puntuada} training_run {el entrenamiento} user {el usuario} other {lo que busca}}. Puede que se haya eliminado.',
  'error.newPassword': 'Primero elija una contraseña nueva.',
  'error.internal': 'Algo ha fallado por nuestra parte. Vuelva a intentarlo; si sigue ocurriendo, avise a su administrador.',
  'error.badLogin': 'El correo electrónico o la contraseña no son correctos.',
  'error.disabled': 'Esta cuenta está desactivada. Pida a su administrador que la vuelva a activar.',
  'error.topN': 'Elija entre 1 y {max} factores (ha pedido {asked}).',
  'error.noExplanations':
    'Este modelo aún no tiene explicaciones, así que no se puede describir ningún grupo objetivo. Vuelva a entrenarlo.',
  'error.import.empty': 'El archivo está vacío: no tiene línea de encabezado ni datos.',
  'error.import.unterminated':
    'La línea {line} abre un valor entre comillas (") que nunca se cierra, así que el resto del archivo no se puede leer. Añada la comilla de cierre que falta en esa línea.',
  'error.import.changed': 'El archivo cambió mientras se importaba (ahora su encabezado es distinto). Vuelva a subirlo.',
  'error.import.twoValues': 'La columna objetivo «{column}» debe tener exactamente dos valores (como sí/no o 1/0); tiene {count}.',
  'error.import.interrupted': 'El servidor se detuvo mientras se importaba el archivo. No se ha cargado nada; vuelva a subirlo.',
  'error.import.crashed': 'Algo ha fallado por nuestra parte durante la importación. No se ha cargado nada; vuelva a intentarlo.',
  'error.import.delimiter': 'El separador debe ser , ; | o un tabulador.',
  'error.segmentNotFound': 'No se ha encontrado el segmento {n, number}. Puede que se haya eliminado.',
  'error.columnNotFound': 'No se ha encontrado la columna «{column}». Puede que se haya eliminado.',
  'error.throttle': 'Demasiados intentos. Vuelva a intentarlo dentro de {minutes, plural, one {# minuto} other {# minutos}}.',
  'error.lastAdmin': '{email} es el último administrador activo. Haga antes administrador a otra persona.',
  'error.currentPassword': 'Su contraseña actual no es correcta.',
  'error.samePassword': 'La contraseña nueva debe ser distinta de la actual.',
  'error.password.short': 'Una contraseña necesita al menos {min, number} caracteres.',
  'error.password.long': 'Una contraseña puede tener como máximo {max, number} caracteres.',
  'error.password.email': 'La contraseña no puede ser su dirección de correo electrónico.',
  'error.password.common': 'Esta contraseña es de las más comunes y fácil de adivinar. Elija otra.',
  'error.password.repeated': 'Una contraseña no puede ser un mismo carácter repetido.',
  'error.notEmail': '«{email}» no es una dirección de correo electrónico.',
  'error.emailTaken': 'Ya existe un usuario con el correo electrónico {email}.',
  'error.noTarget': 'Antes de entrenar, elija en la página Datos qué columna indica si un cliente respondió (la columna objetivo).',
  'error.unknownAlgorithm': 'Algoritmo desconocido: {list}.',
  'error.memory':
    'Entrenar con este conjunto de datos necesita unos {needed}; el servidor permite {allowed}: ajuste MAX_TRAINING_MEMORY_MB o entrene con una muestra.',
  'error.trainingFinished': 'Este entrenamiento ya ha terminado, así que no hay nada que cancelar.',
  'error.noCurve': 'Este modelo no tiene curva de respuesta para «{feature}». Elija una de las variables de la lista de importancia.',
  'error.ai.notSetUp':
    'La reescritura con IA no está configurada en este servidor: un administrador debe definir LLM_API_URL y LLM_API_KEY (un servicio compatible con OpenAI).',
  'error.ai.unreachable': 'No se ha podido contactar con el servicio de IA. El briefing no ha cambiado; vuelva a intentarlo más tarde.',
  'error.ai.status': 'El servicio de IA respondió con un error (HTTP {status}). El briefing no ha cambiado.',
  'error.ai.empty': 'El servicio de IA no devolvió ningún texto. El briefing no ha cambiado.',
  'error.segmentation.unfinished': 'Esta segmentación no ha terminado, así que aún no tiene miembros.',
  'error.segmentation.running': 'Ya hay una segmentación de este conjunto de datos en curso. Espere a que termine y lance otra.',
  'error.segmentation.finished': 'Esta segmentación ya ha terminado, así que no hay nada que cancelar.',
  'error.briefTooLong': 'Un briefing puede tener como máximo {max, number} caracteres.',
  'error.wholeNumber': '{name} debe ser un número entero de {min, number} a {max, number} (se recibió {value}).',
  'error.scaling': 'El escalado debe ser «standard» o «robust» (se recibió «{value}»).',
  'error.eps': 'El radio de DBSCAN (eps) debe ser mayor que 0.',
  'error.noColumns': 'Elija al menos una columna para segmentar.',
  'error.dbscanK': 'DBSCAN encuentra por sí mismo el número de segmentos; deje k vacío o utilice k-means.',
  'error.rfmK': 'Las puntuaciones RFM dan un conjunto fijo de segmentos con nombre; deje k vacío o utilice k-means.',
  'error.rfmFeatures':
    'Las puntuaciones RFM se calculan a partir de la recencia, la frecuencia y el valor monetario: elija las variables RFM.',
  'error.audit.adminsOnly': 'Solo los administradores pueden exportar el registro de auditoría.',
  'error.notDate': '«{value}» no es una fecha (use 2026-01-31 o 2026-01-31T12:00:00Z).',
  'error.notAuditAction': '«{value}» no es una acción de auditoría.',
  'error.actorId': 'actorId debe ser el identificador de un usuario.',
  'error.entriesPage': 'Pida entre 1 y {max, number} entradas cada vez.',
  'error.negativeOffset': 'El desplazamiento no puede ser negativo.',
  'error.tooManyValues': 'Se pueden explicar como máximo {max, number} valores a la vez.',
  'error.modelColumn': 'El modelo no usa la columna «{column}».',
  'error.trainingCustomersGone': 'Los clientes con los que se entrenó el modelo ya no están en el conjunto de datos; vuelva a entrenarlo.',
  'error.import.importersOnly': 'Solo los importadores y los administradores pueden subir datos.',
  'error.import.again': 'Este archivo ya se importó en «{dataset}» el {date}. No se ha importado dos veces.',
  'error.import.againAs': 'Este archivo ya se importó en «{dataset}» el {date} (como {file}). No se ha importado dos veces.',
  'error.upload.tooLarge': 'El archivo supera el límite de {size}. Divídalo en archivos más pequeños e impórtelos uno tras otro.',
  'error.upload.mediaType': 'Envíe el archivo como CSV (Content-Type: text/csv), no como {type}.',
  'error.upload.empty': 'El archivo está vacío. Elija un archivo CSV con una fila de encabezado y al menos un cliente.',
  'error.upload.interrupted':
    'La subida se interrumpió antes de que llegara el archivo completo. No se ha importado nada; vuelva a intentarlo.',
  'error.upload.form': 'No se ha podido leer el formulario de subida. Envíe el archivo CSV como cuerpo de la petición.',
  'error.upload.noFile': 'El formulario de subida no contiene ningún archivo.',
  'error.param.once': 'El parámetro «{name}» debe indicarse una sola vez, como texto.',
  'error.param.long': 'El parámetro «{name}» es demasiado largo (como máximo {max, number} caracteres).',
  'error.onInvalid': 'onInvalid debe ser «reject» o «skip».',
  'error.onDuplicate': 'onDuplicate debe ser «skip» o «replace».',
  'error.label.empty': 'La etiqueta de una columna no puede estar vacía.',
  'error.label.long': 'La etiqueta de una columna puede tener como máximo 120 caracteres.',
  'error.targetStaysBinary': 'La columna objetivo debe seguir siendo de sí/no (BINARY).',
  'error.campaignNotBinary': '«{label}» no es una columna de sí/no, así que no puede ser el resultado de una campaña pasada.',
  'error.targetNotBinary': '«{label}» no es una columna de sí/no, así que no puede ser la columna objetivo.',
  'error.datasetName': 'El nombre de un conjunto de datos necesita de 1 a 120 caracteres.',
  'error.costs': 'Los costes y valores deben ser cero o más.',
  'error.currency': '«{value}» no es un código de moneda (como EUR, USD o GBP).',
  'error.notRegion': '«{name}» no es una columna de región. Márquela como tal antes en la página Datos.',
  'error.otherSegmentation': 'Esa segmentación no es de este conjunto de datos.',
  'error.regionValue': 'Una región debe ser COUNTRY, STATE, POSTAL_CODE o NONE (se recibió «{value}»).',
  'error.scoring.stillRunning': 'Esta lista aún se está puntuando. Espere a que termine y después elimínela.',
  'error.scoring.failed': 'Esta lista no se pudo puntuar, así que no hay nada que descargar. Vea el motivo en la página Puntuar una lista.',
  'error.scoring.notDone': 'Esta lista aún se está puntuando. Vuelva a intentarlo cuando termine.',
  'error.scoring.rolesOnly': 'Solo los analistas, los importadores y los administradores pueden puntuar una lista.',
  'error.scoring.top': '«top» debe ser un porcentaje entero entre 1 y 100.',
  'error.scoring.decile': 'El decil debe estar entre 1 y 10.',
  'error.scoring.rows': 'Pida de 1 a {max, number} filas desde un desplazamiento de 0 o más.',
  'error.searchTooLong': 'La búsqueda es demasiado larga (como máximo 200 caracteres).',
  'error.conditions.unreadable': 'No se han podido leer las condiciones.',
  'error.conditions.list': 'Las condiciones deben ser una lista.',
  'error.conditions.feature': 'Cada condición necesita una variable.',
  'error.minGroup': 'El tamaño mínimo del grupo debe estar entre el 0 % y el 100 % de los clientes.',
  'error.capacity': 'La capacidad debe ser de al menos un cliente.',
  'error.notFeature': '«{feature}» no es una variable de este modelo.',
  'error.bounds': 'El límite inferior de «{feature}» está por encima del superior.',
  'error.chooseValue': 'Elija al menos un valor para «{feature}».',
  'error.noTargetColumn': 'Este conjunto de datos no tiene columna objetivo.',
  'error.restarting': 'El servidor se está reiniciando y no acepta trabajo nuevo. Vuelva a intentarlo en un minuto.',
  'error.noEndpoint': 'No existe ese punto de acceso de la API.',
  'error.requestTooLarge': 'La petición es demasiado grande.',
  'error.badRequest': 'No se ha podido leer la petición.',
  'error.phrasing.kind': '«{kind}» no es un tipo de variable ({kinds}).',
  'error.phrasing.count': 'Un recuento necesita lo que cuenta, en singular y en plural («niño en casa», «niños en casa»).',
  'error.phrasing.unit': '«{unit}» no es una unidad de tiempo ({units}).',
  'error.phrasing.value': "Una frase necesita '{value}' donde va la cifra, p. ej. «gastaron '{value}' en vino».",
  'error.phrasing.braces': "Una frase puede usar '{value}' y ninguna otra llave.",
  'error.phrasing.long': 'Cada frase debe tener menos de 120 caracteres.',
  'error.modelOutdated': 'Este modelo ya no encaja con las columnas del conjunto de datos ({reason}). Vuelva a entrenarlo.',
  'error.phrasing.level': 'Cada nivel necesita lo que dice de un cliente («están casados»), o deje fuera ese nivel.',
  'error.job.trainingStopped':
    'El servidor se detuvo durante este entrenamiento. Los modelos anteriores siguen activos; vuelva a entrenar.',
  'error.job.trainingGaveUp':
    'El entrenamiento falló {tries} veces por un error de nuestra parte, así que se ha detenido. Los modelos anteriores siguen activos.',
  'error.job.trainingCancelled': 'Cancelado por {who}. Los modelos anteriores siguen activos.',
  'error.job.trainingLost':
    'El entrenamiento se detuvo porque se perdió la conexión con la base de datos. Los modelos anteriores siguen activos; vuelva a entrenar.',
  'error.job.trainingNoTarget': 'El conjunto de datos se eliminó o ya no tiene columna objetivo.',
  'error.job.segmentationStopped': 'El servidor se detuvo durante esta segmentación. Vuelva a lanzarla.',
  'error.job.segmentationGaveUp':
    'La segmentación falló {tries} veces por un error de nuestra parte, así que se ha detenido. Las segmentaciones anteriores no cambian.',
  'error.job.segmentationCancelled': 'Cancelado por {who}. Las segmentaciones anteriores no cambian.',
  'error.job.segmentationLost':
    'La segmentación se detuvo porque se perdió la conexión con la base de datos. Las segmentaciones anteriores no cambian; vuelva a lanzarla.',
  'error.job.datasetDeleted': 'El conjunto de datos se eliminó.',
  'error.job.scoringStopped': 'El servidor se detuvo mientras se puntuaba esta lista. No se ha guardado nada; vuelva a subir la lista.',
  'error.job.scoringCrashed': 'Algo ha fallado por nuestra parte al puntuar esta lista. No se ha guardado nada; vuelva a intentarlo.',
  'error.job.scoringLost': 'Se perdió la conexión con la base de datos al puntuar esta lista. No se ha guardado nada; vuelva a intentarlo.',
  'csv.row': 'fila',
  'csv.predictedProbability': 'probabilidad_prevista',
  'csv.segment': 'segmento',
  'csv.segmentName': 'nombre_del_segmento',
  // "many" is CLDR's form for round millions: "1.000.000 de clientes".
  'count.customers': '{n, plural, one {{count} cliente} many {{count} de clientes} other {{count} clientes}}',
  'count.contacts': '{n, plural, one {{count} contacto} many {{count} de contactos} other {{count} contactos}}',
  'count.matchingCustomers':
    '{n, plural, one {{count} cliente que cumple las condiciones} many {{count} de clientes que cumplen las condiciones} other {{count} clientes que cumplen las condiciones}}',
  'count.times': '{n, plural, one {{count} vez} many {{count} de veces} other {{count} veces}}',
  'describe.head.who': 'A quién contactar la próxima vez.',
  'describe.head.howMany': 'Cuántos son.',
  'describe.head.respond': 'Cómo responden.',
  'describe.head.apart': 'Qué más los distingue.',
  'describe.head.worth': 'Cuánto vale.',
  'describe.head.sure': 'Qué seguridad tenemos.',
  'describe.noGroup':
    'Ninguna combinación de los factores más influyentes delimita un grupo{hasMin, select, yes { de al menos el {min} de los clientes} other {}} que responda mejor que la media, así que no hay ningún grupo objetivo que recomendar; las cifras de abajo corresponden a todos los clientes.',
  'describe.howMany': '{customers}, el {share} de la base.',
  'describe.noMatch':
    'Ningún cliente cumple todas estas condiciones, así que no hay nada que medir: relaje alguna condición o pida menos factores.',
  'describe.rate': '{about, select, yes {unos } other {}}{count} de cada {per}',
  'describe.lift':
    '{kind, select, same {más o menos igual que la tasa base} below {por debajo de la tasa base ({lift} veces esta)} other {{lift} veces la tasa base}}',
  'describe.responded':
    '{n, plural, one {{count} de ellos respondió} other {{count} de ellos respondieron}} a la última campaña: {rate}, frente a {base} en el conjunto de los clientes, es decir, {lift}.',
  'describe.noneResponded': 'Ninguno de ellos respondió a la última campaña, frente a {base} en el conjunto de los clientes.',
  'describe.oneCustomer':
    'Ese único cliente {responded, select, yes {respondió} other {no respondió}} a la última campaña, frente a {base} en el conjunto de los clientes; un solo cliente es demasiado poco para juzgar.',
  'describe.noHoldout':
    'Ninguno de los clientes que el modelo no vio durante el entrenamiento cumple las condiciones, así que no hay comprobación con datos reservados.',
  'describe.holdout':
    'Entre los clientes que el modelo no vio durante el entrenamiento, respondieron {responders} de {customers} ({rate} frente a {base}, {lift}).',
  'describe.predicted': 'El modelo les asigna una probabilidad media de respuesta del {probability}.',
  'describe.apart': 'En comparación con los demás clientes, {list}.',
  'describe.outcome':
    '{kind, select, even {quedaría sin ganancias ni pérdidas} earn {generaría unos {amount}} other {supondría una pérdida de unos {amount}}}',
  'describe.groupOutcome':
    '{kind, select, even {no deja ganancias ni pérdidas} earn {genera unos {amount}} other {supone una pérdida de unos {amount}}}',
  'describe.money':
    'Con {cost} por contacto y {value} por respuesta, {group, select, yes {contactar con este grupo {groupOutcome}; } other {}}contactar con todos {outcome}.',
  'describe.bestList':
    'La lista más rentable es {whole, select, yes {toda la base} other {el {k} % de los clientes con la puntuación más alta del modelo}} ({contacts}), que {outcome}.',
  'describe.resampled':
    'Al remuestrear los clientes {times}, la tasa de respuesta del grupo se mantiene entre {low} y {high} veces la tasa base (95 % de los remuestreos).',
  'describe.cameBack': '{label} en {count} de {total}',
  'describe.broughtBack':
    'Una nueva búsqueda en cada remuestreo volvió a encontrar {n, plural, one {la condición} other {las condiciones}} ({list}).',
  'describe.caution': 'Trate este grupo con cautela: {reasons}.',
  'describe.fewCustomers': 'Con solo {customers}, la tasa de respuesta es una guía aproximada.',
  'describe.disagree':
    'Los modelos no coinciden en qué sentido {plural, select, yes {influyen} other {influye}} {label} en la respuesta, así que esa condición es menos segura.',
  'describe.caveat':
    'Son asociaciones en datos pasados, no causas: una campaña dirigida a este grupo es una apuesta bien fundada, no una garantía.',
  'stability.condition': 'la condición sobre «{label}» solo volvió a aparecer en {count} de {total} remuestreos',
  'stability.lowLift': 'la tasa de respuesta podría quedarse en {lift} veces la tasa base, apenas por encima de ella',
  'stability.empty': 'en algunos remuestreos el grupo no tenía clientes o nadie respondió',
  'bound.min': 'al menos {min}',
  'bound.max': 'como máximo {max}',
  'bound.range': 'entre {min} y {max}',
  'bound.exact': 'exactamente {min}',
  'bound.known': '{gender, select, f {conocida} mp {conocidos} fp {conocidas} other {conocido}}',
  'bound.rangeUnit': 'entre {minNumber} y {max}',
  'money.nothing': '{zero}',
  'year.min': 'en {min} o después',
  'year.max': 'en {max} o antes',
  'year.range': 'entre {min} y {max}',
  'year.exact': 'en {min}',
  'date.min': 'el {min} o después',
  'date.max': 'el {max} o antes',
  'date.range': 'entre el {min} y el {max}',
  'date.exact': 'el {min}',
  'count.min': '{min, plural, =1 {con al menos {gender, select, f {una} other {un}} {one}} other {con # o más {other}}}',
  'count.max':
    '{max, plural, =0 {sin {other}} =1 {con no más de {gender, select, f {una} other {un}} {one}} other {con no más de # {other}}}',
  'count.range': 'con entre {min, number} y {max, number} {other}',
  'count.exact':
    '{min, plural, =0 {sin {other}} =1 {con exactamente {gender, select, f {una} other {un}} {one}} other {con exactamente # {other}}}',
  'unit.second': '{n, plural, one {# segundo} other {# segundos}}',
  'unit.minute': '{n, plural, one {# minuto} other {# minutos}}',
  'unit.hour': '{n, plural, one {# hora} other {# horas}}',
  'unit.day': '{n, plural, one {# día} other {# días}}',
  'unit.week': '{n, plural, one {# semana} other {# semanas}}',
  'unit.month': '{n, plural, one {# mes} other {# meses}}',
  'unit.year': '{n, plural, one {# año} other {# años}}',
  'event.max': 'han {event} {unit, select, hour {en las últimas} week {en las últimas} other {en los últimos}} {max}',
  'event.maxOne':
    'han {event} {unit, select, second {en el último segundo} minute {en el último minuto} hour {en la última hora} day {en el último día} week {en la última semana} month {en el último mes} other {en el último año}}',
  'event.exact': '{past} por última vez hace {min}',
  'event.today': 'han {event} hoy',
  'event.min': 'no han {event} desde hace al menos {min}',
  'event.range': '{past} por última vez hace entre {minNumber} y {max}',
  clause:
    '{relative, select, who {que {body}} whose {{gender, select, f {cuya} mp {cuyos} fp {cuyas} other {cuyo}} {body}} other {{body}}}',
  'body.whose': '{label} {plural, select, yes {son} other {es}} {value}',
  'body.factYes': '{label} {plural, select, yes {son} other {es}} «sí»',
  'body.factNo': '{label} {plural, select, yes {son} other {es}} «no»',
  'sentence.all': 'Todos los clientes.',
  'sentence.customers': 'Clientes {clauses}.',
  'compare.count':
    'tienen {strong, select, yes {{gender, select, fp {muchas} f {muchas} other {muchos}} } other {}}{direction, select, higher {más} other {menos}} {other} ({figures})',
  'compare.plural':
    'tienen {strong, select, yes {{gender, select, fp {muchas} f {muchas} other {muchos}} } other {}}{direction, select, higher {más} other {menos}} {label} ({figures})',
  'compare.level':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} {strong, select, yes {mucho } other {}}más {direction, select, higher {{gender, select, f {alta} mp {altos} fp {altas} other {alto}}} other {{gender, select, f {baja} mp {bajos} fp {bajas} other {bajo}}}} ({figures})',
  'compare.time':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} {direction, select, higher {posterior} other {anterior}} ({figures})',
  'compare.more': '{strong, select, yes {mucho } other {}}{direction, select, higher {más} other {menos}}',
  'compare.later': '{direction, select, higher {más tarde} other {antes}}',
  'compare.age': 'son {direction, select, higher {mayores} other {más jóvenes}} ({figures})',
  'compare.recency': '{past} por última vez {direction, select, higher {hace más tiempo} other {más recientemente}} ({figures})',
  'compare.longer':
    '{gender, select, mp {sus} fp {sus} other {su}} {label} {gender, select, mp {son} fp {son} other {es}} más {direction, select, higher {{gender, select, f {larga} mp {largos} fp {largas} other {largo}}} other {{gender, select, f {corta} mp {cortos} fp {cortas} other {corto}}}} ({figures})',
  'compare.fact':
    '{yes} con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.factGeneric':
    'tienen «sí» en {label} con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.category':
    'tienen {label} «{level}» con {strong, select, yes {mucha } other {}}{direction, select, higher {más} other {menos}} frecuencia ({group} frente a {rest})',
  'compare.verb': '{clause} ({figures})',
  'figures.median': 'mediana {group} frente a {rest}',
  'figures.mean': 'de media {group} frente a {rest}',
  'tag.count': '{direction, select, higher {más} other {menos}} {other}',
  'tag.level':
    '{label} {direction, select, higher {{gender, select, f {alta} mp {altos} fp {altas} other {alto}}} other {{gender, select, f {baja} mp {bajos} fp {bajas} other {bajo}}}}',
  'tag.time': '{label} {direction, select, higher {posterior} other {anterior}}',
  'tag.fact': '{direction, select, higher {a menudo} other {rara vez}} {yes}',
  'region.caption':
    '{who}: respuesta prevista {rate}{counted, select, yes { ({customers} de {n, plural, one {{total} cliente apartado} other {{total} clientes apartados}} del entrenamiento)} other {}}.',
  // ---- Segments page (issue 18). ----
  'segment.size': '{size, plural, one {# cliente} many {# de clientes} other {# clientes}} ({share})',
  'segment.withMedians': '{head}: mediana {parts}.',
  'segment.plain': '{head}.',
  'segment.median.recency':
    '{event, select, none {última actividad hace {group}} other {última compra hace {group}}} (todos los clientes: {all})',
  'segment.median.frequency': '{group, plural, one {# compra} other {# compras}} ({all, number})',
  'segment.median.monetary': 'gasto {group} ({all})',
  'segment.compared': 'Frente a todos los clientes, {differences}.',
  'segment.alike': 'En lo demás se parecen a todos los clientes.',
  'segment.rfmDescription': '{rule}. {description}',
  'segment.dateDifference':
    '{verb, select, none {tienen {label} {direction, select, higher {anterior} other {posterior}}} other {{verb}}} (de media {days, plural, one {# día} other {# días}} {direction, select, higher {antes} other {después}})',
  'name.rfm':
    '{noun, select, big {grandes compradores} mid {compradores medios} low {compradores de poco gasto} oneTime {compradores de una sola vez} frequent {compradores frecuentes} occasional {compradores ocasionales} regular {compradores habituales} other {clientes}}{first, select, recent { recientes} lapsed { inactivos} loyal { fieles} occasional { ocasionales} steady { constantes} other {}}{second, select, recent { recientes} lapsed { inactivos} loyal { fieles} occasional { ocasionales} steady { constantes} other {}}',
  'name.withFeature': '{name} ({feature})',
  'name.twoFeatures': '{first}, {second}',
  'name.numbered': '{name} {n, number}',
  'name.segment': 'Segmento {n, number}',
  'rfm.name':
    '{segment, select, champions {Campeones} loyal {Clientes fieles} potentialLoyalists {Fieles en potencia} new {Clientes nuevos} promising {Prometedores} needAttention {Necesitan atención} aboutToSleep {A punto de dormirse} atRisk {En riesgo} cannotLose {No podemos perderlos} hibernating {Hibernando} other {Perdidos}}',
  'rfm.rule':
    '{segment, select, champions {R 5, F 4-5: compraron hace muy poco y compran más a menudo} loyal {R 3-4, F 4-5: compran a menudo y hace poco} potentialLoyalists {R 4-5, F 2-3: clientes recientes con pocas compras} new {R 5, F 1: compraron hace muy poco, por primera vez o casi} promising {R 4, F 1: recientes, pero han comprado muy poco} needAttention {R 3, F 3: recencia y frecuencia medias} aboutToSleep {R 3, F 1-2: no muy recientes, pocas compras} atRisk {R 1-2, F 3-4: compraban bastante, pero hace tiempo} cannotLose {R 1-2, F 5: compraban más que nadie, pero hace tiempo} hibernating {R 1-2, F 1-2 (sin ser ambos 1): hace tiempo y rara vez} other {R 1, F 1: hace más tiempo y con menos frecuencia}}',
  'rfm.reason':
    'Recencia, frecuencia y valor monetario se puntúan de 1 a 5 por quintiles (5 = compra más reciente, más compras, mayor gasto; valores iguales comparten puntuación), y cada cliente se sitúa por sus puntuaciones de recencia y frecuencia en uno de los segmentos RFM habituales.',
  'brief.tone':
    '{tone, select, winBackValued {Tono: recuperación cercana de clientes valiosos: reconoce su fidelidad pasada e invítalos a volver con algo exclusivo.} premium {Tono: exclusivo y agradecido: dales las gracias y destaca calidad, novedad y exclusividad antes que el precio.} winBack {Tono: recuperación cálida: recuérdales lo que les gustó y dales un motivo claro para volver ahora.} value {Tono: sencillo y centrado en el valor: empieza por el precio, las ventajas prácticas y un primer paso sin compromiso.} timely {Tono: cercano y oportuno: aprovecha su compra reciente con un siguiente paso pertinente.} other {Tono: cercano e informativo: destaca lo nuevo y lo útil para ellos.}}',
  'brief.products': 'Productos que prefieren: {list}.',
  'brief.productsLikeAll': 'Productos: como la mayoría de clientes, sobre todo {list}.',
  'brief.product': '{product} ({share} de su gasto, {all} para todos los clientes)',
  'brief.productShare': '{product} ({share} de su gasto)',
  'brief.channel':
    'Canal: compran sobre todo {channel} ({share} de sus compras); búscalos ahí primero.{deals, select, more { Compran con descuento más que la mayoría: una oferta llamará su atención.} fewer { Rara vez compran con descuento: no empieces por rebajas.} other {}}',
  'brief.offerTooFew':
    'Oferta: demasiado pocos clientes para saber qué campañas pasadas les funcionaron (solo {size, plural, one {# cliente} other {# clientes}} en este segmento); trátalos como al segmento mayor más cercano.',
  'brief.offerNone':
    'Oferta: las campañas pasadas no les funcionaron mejor que a los demás (la mejor: {campaign}, {rate} aceptaron{same, select, yes {, igual que en total} other { frente a {overall} en total}}); prueba antes un nuevo tipo de oferta con un grupo pequeño.',
  'brief.offerWorked': 'Oferta: repite lo que les funcionó: {list}.',
  'brief.offerFirst': '{campaign} ({rate} aceptaron frente a {overall} en total)',
  'brief.offerNext': '{campaign} ({rate} frente a {overall})',
  'brief.targetWhere': 'el grupo objetivo descrito en la página Grupo objetivo ({description})',
  'brief.targetNone': 'Grupo objetivo: ninguno está en {where}; la oferta de la próxima campaña no va dirigida a ellos.',
  'brief.targetAll':
    'Grupo objetivo: {customers, plural, one {el único cliente está} other {los # están}} en {where}: empieza por la oferta de la próxima campaña.',
  'brief.targetMost':
    'Grupo objetivo: {customers, number} de ellos ({share}) {customers, plural, one {está} other {están}} en {where}: empieza por la oferta de la próxima campaña.',
  'brief.targetSome':
    'Grupo objetivo: {customers, number} de ellos ({share}) {customers, plural, one {está} other {están}} en {where}: empieza por la oferta de la próxima campaña para {customers, plural, one {ese cliente} other {esos #}}; mantén el mensaje de arriba para el resto.',
  'k.asked': 'k = {k, number}, como se pidió.',
  'k.range': 'de {from, number} a {to, number} segmentos',
  'k.whereEligible': 'entre las divisiones {range} en las que cada segmento reúne al menos el {minShare} de los clientes',
  'k.whereNone': 'entre las divisiones {range} (ningún número de segmentos mantuvo cada segmento en el {minShare} de los clientes o más)',
  'k.best': 'k = {k, number}: la agrupación mejor separada (silhouette {silhouette}) {where}.',
  'k.tie':
    'k = {k, number}: {where}, k = {top, number} separa mejor (silhouette {topSilhouette}) y k = {k, number} casi igual ({silhouette}, dentro de {tolerance}): una diferencia tan pequeña es ruido, así que gana la división más fina.',
  'k.excluded':
    '{count, plural, one {k = {list} se descartó} other {k = {list} se descartaron}}: algún segmento tendría menos del {minShare} de los clientes.',
  'k.leftOutFew': 'Descartado: menos de {kMin, number} segmentos rara vez sirven para actuar; pide k = {k, number} para verlos.',
  'k.leftOutSize': 'Descartado: un segmento tendría solo el {share} de los clientes (menos del {minShare}).',
  'k.two': 'Dos segmentos se separan mejor (silhouette {silhouette}), pero rara vez sirven para actuar; pide k = 2 para verlos.',
  'dbscan.asked': 'eps = {eps} y minPts = {minPts, number}, como se pidió.',
  'dbscan.how':
    'minPts {minPts} (unos 2 y 4 por columna), eps en el codo y en los centiles 50 a 95 de la distancia de cada cliente a su vecino número minPts',
  'dbscan.found':
    'eps = {eps}, minPts = {minPts, number}: de los ajustes probados ({how}), el mejor separado (silhouette {silhouette}) que da {clusters, number} grupos, ninguno con más del {maxLargest} de los clientes, ninguno por debajo del {minSmallest}, y como mucho un {maxNoise} de clientes atípicos.',
  'dbscan.notFound':
    'DBSCAN no encontró grupos densos de tamaño útil en estos clientes: ninguno de los ajustes probados ({how}) dio dos o más grupos sin que uno reuniera más del {maxLargest} de los clientes, un grupo por debajo del {minSmallest} o más de un {maxNoise} de atípicos. Se muestra: eps = {eps} (el codo), minPts = {minPts, number}. {kmeans} encaja mejor con estos clientes.',
  'warning.noGroups':
    'DBSCAN no encontró grupos densos de tamaño útil en estos clientes (arriba se explica cómo se eligieron eps y minPts). Prueba {kmeans}.',
  'warning.allNoise':
    'No se encontró ningún grupo denso: con estos ajustes todos los clientes son atípicos.{suggest, select, yes { Prueba {kmeans}, que siempre divide a los clientes en grupos de tamaño útil.} other {}}',
  'warning.giant':
    'Un segmento reúne el {share} de los clientes, así que la segmentación dice poco de en qué se diferencian.{suggest, select, yes { Prueba {kmeans}, que siempre divide a los clientes en grupos de tamaño útil.} other {}}',
  'warning.tiny':
    '{count, plural, one {Un segmento tiene} other {# segmentos tienen}} menos de {min, number} clientes: demasiado pocos para saber cómo responden a las campañas, así que sus fichas no dan consejos de campaña.{suggest, select, yes { Prueba {kmeans}, que siempre divide a los clientes en grupos de tamaño útil.} other {}}',
  'warning.noise':
    '{noise, plural, one {# cliente no encaja} other {# clientes no encajan}} en ningún segmento ({share}).{suggest, select, yes { Prueba {kmeans}, que siempre divide a los clientes en grupos de tamaño útil.} other {}}',
};
