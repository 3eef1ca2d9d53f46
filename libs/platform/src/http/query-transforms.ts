import { Transform } from 'class-transformer';

/** Query strings are text: "true"/"false" become booleans, anything else stays and fails @IsBoolean. */
export const ToBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );

/** A comma-separated query value ("A1,B2") becomes a list; a repeated parameter already is one. */
export const ToList = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  );
