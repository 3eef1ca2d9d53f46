import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './problem-details.js';

/** Italian messages by class-validator constraint name; a constraint with its own message keeps it. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'campo non previsto',
  isDefined: 'campo obbligatorio',
  isNotEmpty: 'non può essere vuoto',
  isString: 'deve essere un testo',
  isInt: 'deve essere un numero intero',
  isNumber: 'deve essere un numero',
  isBoolean: 'deve essere vero o falso',
  isUuid: 'deve essere un identificativo valido (UUID)',
  isEmail: 'deve essere un indirizzo e-mail valido',
  isDateString: 'deve essere una data nel formato AAAA-MM-GG',
  isIso8601: 'deve essere una data nel formato AAAA-MM-GG',
  isIn: 'valore non ammesso',
  isEnum: 'valore non ammesso',
  isArray: 'deve essere un elenco',
  arrayMaxSize: 'contiene troppi elementi',
  arrayMinSize: 'contiene troppo pochi elementi',
  arrayUnique: 'contiene elementi ripetuti',
  min: 'è troppo piccolo',
  max: 'è troppo grande',
  minLength: 'è troppo corto',
  maxLength: 'è troppo lungo',
  isLatitude: 'deve essere una latitudine tra -90 e 90',
  isLongitude: 'deve essere una longitudine tra -180 e 180',
  nestedValidation: 'deve essere un oggetto valido',
  isObject: 'deve essere un oggetto',
  matches: 'formato non valido',
};

/** class-validator's own English messages contain these words; messages we wrote in Italian do not. */
const DEFAULT_MESSAGE = /\b(must|should)\b/;

function messageFor(constraint: string, original: string): string {
  if (!DEFAULT_MESSAGE.test(original)) return original;
  return MESSAGES[constraint] ?? 'valore non valido';
}

/** Flattens nested class-validator errors to field paths like `availability[0].end`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, original]) => ({
      field,
      message: messageFor(constraint, original),
    }));
    return own.concat(toFieldProblems(error.children ?? [], field));
  });
}
