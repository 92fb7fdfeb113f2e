/** Spanish messages about background work (messages-jobs-en.ts): the importer's problems and column notes, outcomes, job errors. */
export const MESSAGES_JOBS_ES: Readonly<Record<string, string>> = {
  'import.binary':
    'Este archivo no parece un archivo de texto CSV (contiene datos binarios). Exporte los datos desde su hoja de cálculo como «CSV (delimitado por comas)» o «CSV UTF-8» y suba ese archivo.{found, select, nul { (Hay un carácter NUL en la posición {at, number}.)} controls { (Se han encontrado {count, plural, one {# carácter de control} other {# caracteres de control}}.)} other {}}',
  'import.utf16': 'Este archivo está guardado como texto UTF-16, que el importador no lee. Guárdelo como «CSV UTF-8» y vuelva a subirlo.',
  'import.blankHeader':
    'La línea {line} debería tener los nombres de las columnas, pero solo tiene separadores y espacios. Ponga los nombres de las columnas en la primera línea y vuelva a subir el archivo.',
  'import.tooManyColumns':
    'El encabezado tiene {count, number} columnas; se pueden importar como máximo {max, number}. Quite las columnas que no necesite y vuelva a subir el archivo.',
  'import.recordTooLarge':
    'La fila que empieza en la línea {line} supera los {max, number} caracteres, así que la lectura se detuvo. Normalmente significa que unas comillas (") de esa línea no se cierran.',
  'import.badQuote':
    'La línea {line} tiene un valor entre comillas seguido de más texto antes del siguiente separador. Ponga todo el valor entre comillas y escriba dos veces las comillas que haya dentro ("").',
  'import.parseError': 'No se ha podido leer el archivo como CSV cerca de la línea {line}: {detail}',
  'import.noDataRows': 'El archivo tiene encabezado, pero ninguna fila de datos.',
  'import.noReadableRows':
    'El archivo tiene encabezado, pero ninguna fila de datos. {count, plural, one {Su única fila no se ha podido leer} other {No se ha podido leer ninguna de sus # filas}}; el primer problema: {problem}',
  'import.noCustomerRows': 'El archivo tiene encabezado, pero ninguna fila de clientes, así que no había nada que importar.',
  'import.rowsRejected':
    '{count, plural, one {Una fila tiene un valor que no encaja en su columna} other {# filas tienen valores que no encajan en sus columnas}}, así que no se ha importado nada. Corrija las filas indicadas abajo o vuelva a importar eligiendo omitir las filas con problemas.',
  'import.noIdColumn': 'No hay ninguna columna «{name}» para usar como identificador. Las columnas son: {list}.',
  'import.noTargetColumn': 'No hay ninguna columna «{name}» para usar como objetivo. Las columnas son: {list}.',
  'import.positiveNotLevel':
    'La columna objetivo «{column}» tiene los valores «{first}» y «{second}», no «{positive}». Elija uno de ellos como valor positivo.',
  'import.twoValuesOver':
    'La columna objetivo «{column}» debe tener exactamente dos valores (como sí/no o 1/0); tiene más de {count, number}.',
  'import.appendColumns':
    'Este archivo no tiene las mismas columnas que el conjunto de datos: {missing, select, none {} other {le {missingCount, plural, one {falta la columna} other {faltan las columnas}} {missing}}}{both, select, yes {; y } other {}}{extra, select, none {} other {tiene {extraCount, plural, one {una columna} other {columnas}} que el conjunto de datos no tiene: {extra}}}. No se ha importado nada.',
  'error.import.lost': 'Se perdió la conexión con la base de datos durante la importación. No se ha cargado nada; inténtelo de nuevo.',
  'import.rowWidth':
    'La línea {line} tiene {count, plural, one {# valor} other {# valores}}, pero el encabezado tiene {width, plural, one {# columna} other {# columnas}}.',
  'import.fieldTooLong': 'Línea {line}: el valor de la columna {column} tiene {length, number} caracteres; el límite es {max, number}.',
  'import.notNumber':
    'Línea {line}: «{value}» no es un número (columna {column}).{comma, select, yes { Esta columna escribe los decimales con coma, como 1,5.} other {}}',
  'import.notDate': 'Línea {line}: «{value}» no es una fecha escrita como {pattern} (columna {column}).',
  'import.notLevel': 'Línea {line}: «{value}» no es ninguno de los dos valores de la columna, «{first}» o «{second}» (columna {column}).',
  'import.header.unnamed': 'La columna {position} no tiene nombre en el encabezado; se llama «{name}».',
  'import.header.cut':
    'El nombre de la columna {position} tiene {length, number} caracteres; se ha recortado a los primeros {max, number}: «{name}».',
  'import.header.cleaned':
    'El nombre de la columna {position} contenía caracteres no permitidos (marcado, caracteres de control o un signo de fórmula); se llama «{name}».',
  'import.header.repeated': 'El nombre «{name}» aparece más de una vez; la columna {position} se llama «{renamed}».',
  'import.note.empty': 'Todos los valores están vacíos.',
  'import.note.constant': 'Todas las filas tienen el mismo valor («{value}»), así que no sirve para distinguir clientes.',
  'import.note.twoValues': 'Dos valores: «{first}» y «{second}».',
  'import.note.identifier':
    '{how, select, unique {Cada fila tiene un valor distinto} other {Ningún valor se repite entre las filas que se pudieron comprobar}} y el nombre parece de un identificador.',
  'import.note.textIdentifier':
    'Cada fila tiene un texto distinto (como un nombre o una dirección de correo), que no puede describir a un grupo de clientes.',
  'import.note.text':
    'Texto con {exact, select, yes {} other {al menos }}{count, plural, one {# valor distinto} other {# valores distintos}}.',
  'import.note.keptAsText':
    '{note} Se mantiene como texto con {exact, select, yes {} other {al menos }}{count, plural, one {# valor distinto} other {# valores distintos}}.',
  'import.note.mixedDecimals': 'Los números mezclan punto decimal (1.5) y coma decimal (1,5).',
  'import.note.commaInCommaFile': 'Los números con coma decimal (1,5) en un archivo separado por comas no se pueden leer con seguridad.',
  'import.note.decimalComma': 'Todos los valores son números escritos con coma decimal (1,5 = 1.5).',
  'import.note.ambiguousComma': 'Números como «1,500» podrían significar 1,5 o 1500.',
  'import.note.number': 'Todos los valores son números{grouped, select, yes { (las comas separan los miles)} other {}}.',
  'import.note.date':
    'Todos los valores son fechas escritas como {pattern}{order, select, monthFirst { (primero el mes: leídas con el día primero, algunas serían fechas imposibles)} dayFirst { (primero el día: leídas con el mes primero, algunas serían fechas imposibles)} other {}}, del {from} al {to}.',
  'import.note.ambiguousDates':
    'Las fechas son ambiguas entre {dayFirst} y {monthFirst} (ningún día pasa de 12), así que no se leen como fechas.',
  'import.note.idChosen': 'Elegida como columna identificadora.',
  'import.note.targetChosen': 'Elegida como objetivo; dos valores: «{first}» y «{second}».',
  'import.note.earlierCampaign':
    '{note} Es el resultado de una campaña anterior: «{level}» cuenta como respuesta; las filas de clientes nunca contactados quedan fuera de su total.',
  'import.summary':
    '{imported, plural, one {# cliente importado} other {# clientes importados}}{duplicates, plural, =0 {} one {; # ya estaba en el conjunto de datos y se dejó como estaba} other {; # ya estaban en el conjunto de datos y se dejaron como estaban}}{rejected, plural, =0 {} one {; se omitió # fila con problemas} other {; se omitieron # filas con problemas}}{empty, plural, =0 {} one {; se ignoró # fila vacía} other {; se ignoraron # filas vacías}}.',
  'activity.trained': '{count, plural, one {Un modelo entrenado.} other {# modelos entrenados.}}',
  'activity.segmented': '{count, plural, one {Un segmento encontrado.} other {# segmentos encontrados.}}',
  'error.training.classes':
    'El entrenamiento necesita al menos {min, number} clientes que respondieron y {min, number} que no; este conjunto de datos tiene {responded, number} y {others, number}.',
  'error.training.noFeatures': 'Ninguna columna sirve para predecir la respuesta: todas son identificadores, constantes o están excluidas.',
  'error.segmentation.noModel':
    'Segmentar por los factores principales necesita un modelo entrenado, y este conjunto de datos aún no tiene ninguno. Entrene modelos primero en la página Modelos, o segmente por RFM o por columnas elegidas.',
  'error.segmentation.noExplanations':
    'El modelo destacado aún no tiene explicaciones, así que no tiene factores principales. Vuelva a entrenarlo, o segmente por RFM o por columnas elegidas.',
  'error.segmentation.tooFew': 'La segmentación necesita al menos 3 clientes; hay {count, number}.',
  'error.segmentation.tooFewForK': 'No se pueden formar {k, number} segmentos con {count, plural, one {# cliente} other {# clientes}}.',
  'error.segmentation.noValues': 'La columna «{column}» no tiene valores, así que no se puede usar para segmentar.',
};
