import { describe, expect, it } from 'vitest';
import { translateError } from '../../../../server/src/modules/phrasing/error-text.js';
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
