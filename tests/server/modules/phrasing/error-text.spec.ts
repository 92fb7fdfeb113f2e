import { describe, expect, it } from 'vitest';
import { message } from '../../../../server/src/modules/phrasing/catalogue.js';
import { translateError, translateStored } from '../../../../server/src/modules/phrasing/error-text.js';
import { appError, badInput, notFound, say } from '../../../../server/src/modules/phrasing/user-errors.js';
import { localeOfAcceptLanguage, requestLocale } from '../../../../server/src/modules/phrasing/locale.js';

describe('error messages in the reader’s language', () => {
  it('writes known messages again from the reader’s catalogue, with their values', () => {
    expect(translateError('Choose between 1 and 12 drivers (you asked for 15).', 'pl')).toBe('Wybierz od 1 do 12 czynników (wybrano 15).');
    expect(
      translateError(
        'Line 7 opens a quoted value (") that is never closed, so the rest of the file cannot be read. Add the missing closing quote on that line.',
        'es',
      ),
    ).toMatch(/^La línea 7 abre un valor entre comillas/);
    expect(translateError('Email or password is not right.', 'ru')).toBe('Неверный адрес электронной почты или пароль.');
  });

  it('leaves English alone and messages it does not know as they are', () => {
    expect(translateError('Please sign in to continue.', 'en')).toBe('Please sign in to continue.');
    expect(translateError('Something nobody wrote a template for.', 'pl')).toBe('Something nobody wrote a template for.');
  });
});

describe('stored texts read back through plural, select and number templates', () => {
  it('an import summary: counts back from "#", empty branches for zero, the language’s plural forms and grouping', () => {
    const stored = message('import.summary', { imported: 2240, duplicates: 1, rejected: 0, empty: 3 });
    expect(stored).toBe('2,240 customers imported; 1 already in the dataset was left as it was; 3 empty rows ignored.');
    expect(translateStored(stored, 'pl')).toBe(
      'Zaimportowano 2\u00a0240 klientów; 1 klient był już w zbiorze danych i pozostał bez zmian; pominięto 3 puste wiersze.',
    );
    expect(translateStored(message('import.summary', { imported: 21, duplicates: 0, rejected: 22, empty: 0 }), 'ru')).toBe(
      'Импортирован 21 клиент; пропущены 22 строки с проблемами.',
    );
    expect(translateStored(message('import.summary', { imported: 1, duplicates: 0, rejected: 0, empty: 0 }), 'es')).toBe(
      '1 cliente importado.',
    );
  });

  it('a note inside a note, select branches and a "one" branch without a number', () => {
    const note = message('import.note.keptAsText', { note: message('import.note.ambiguousComma'), exact: 'no', count: 1500 });
    expect(translateStored(note, 'es')).toBe(
      'Números como «1,500» podrían significar 1,5 o 1500. Se mantiene como texto con al menos 1.500 valores distintos.',
    );
    expect(translateStored(message('import.rowsRejected', { count: 1 }), 'pl')).toMatch(/^Jeden wiersz ma wartość/);
    expect(translateStored(message('import.rowsRejected', { count: 5 }), 'pl')).toMatch(/^5 wierszy ma wartości/);
    const problem = message('import.noReadableRows', { count: 5, problem: message('import.rowWidth', { line: 3, count: 1, width: 4 }) });
    expect(translateStored(problem, 'ru')).toMatch(/первая проблема: Строка 3: 1 значение, а в заголовке 4 столбца\.$/);
  });
});

describe('errors raised by catalogue key', () => {
  it('carry their key and values, English as their own message, any language on the way out', () => {
    const error = notFound('model');
    expect(error.message).toBe('The model was not found. It may have been deleted.');
    expect(say(error.userMessage, 'ru')).toBe('Не удалось найти модель. Возможно, это удалили.');
    expect(say(notFound('dataset').userMessage, 'es')).toBe('No se ha encontrado el conjunto de datos. Puede que se haya eliminado.');
    const throttled = appError('TOO_MANY_REQUESTS', 'error.throttle', { minutes: 22 });
    expect(throttled.message).toBe('Too many attempts. Try again in 22 minutes.');
    expect(say(throttled.userMessage, 'pl')).toBe('Zbyt wiele prób. Spróbuj ponownie za 22 minuty.');
    expect(say(throttled.userMessage, 'ru')).toBe('Слишком много попыток. Попробуйте снова через 22 минуты.');
    expect(say({ key: 'error.throttle', params: { minutes: 5 } }, 'ru')).toBe('Слишком много попыток. Попробуйте снова через 5 минут.');
    expect(say(badInput('error.briefTooLong', { max: 10_000 }).userMessage, 'es')).toBe(
      'Un briefing puede tener como máximo 10.000 caracteres.',
    );
    expect(say(badInput('error.briefTooLong', { max: 10_000 }).userMessage, 'pl')).toMatch(/^Brief może mieć najwyżej 10\s000 znaków\.$/);
  });
});

describe('the language of a request', () => {
  it('takes the user’s language, else Accept-Language (by quality), else English', () => {
    expect(requestLocale('RU', 'es-ES,es;q=0.9')).toBe('ru');
    expect(requestLocale(null, 'de-DE,pl;q=0.8,es;q=0.9')).toBe('es');
    expect(requestLocale(undefined, 'pl-PL')).toBe('pl');
    expect(requestLocale(undefined, 'de-DE,fr;q=0.5')).toBe('en');
    expect(requestLocale(undefined, undefined)).toBe('en');
    expect(localeOfAcceptLanguage('ru;q=0, es')).toBe('es');
  });
});
