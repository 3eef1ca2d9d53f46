/**
 * Exact rational numbers on bigint.
 *
 * Law 68 rounds with a strict "more than 0,50" rule (art. 4 c.2). In binary floating point
 * 0.07 * 150 is 10.500000000000002, which that rule would wrongly send up to 11, so every quantity
 * that can carry a fraction (hours ratios, percentages of a base, money) goes through this type.
 */
export class Fraction {
  static readonly ZERO = new Fraction(0n, 1n);
  static readonly ONE = new Fraction(1n, 1n);
  static readonly HALF = new Fraction(1n, 2n);

  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  static of(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
    const num = toBigInt(numerator);
    const den = toBigInt(denominator);
    if (den === 0n) throw new RangeError('Fraction: denominator is zero');
    const sign = den < 0n ? -1n : 1n;
    const divisor = gcd(abs(num), abs(den)) || 1n;
    return new Fraction((sign * num) / divisor, (sign * den) / divisor);
  }

  /**
   * Reads a JavaScript number through its shortest decimal spelling, which is the decimal the user
   * typed (37.5 hours, 33.33 per cent): "0.07" becomes exactly 7/100, never 0.0700000000000000067.
   */
  static fromDecimal(value: number): Fraction {
    if (!Number.isFinite(value)) throw new RangeError(`Fraction: ${value} is not a finite number`);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
    if (!match) throw new RangeError(`Fraction: cannot read ${value}`);
    const [, sign, whole, decimals = '', exponentText = '0'] = match;
    const exponent = Number.parseInt(exponentText, 10) - decimals.length;
    let numerator = BigInt(whole + decimals);
    let denominator = 1n;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator = 10n ** BigInt(-exponent);
    return Fraction.of(sign === '-' ? -numerator : numerator, denominator);
  }

  /** `percent` per cent of `amount`, exactly: percentOf(7, 150) is 21/2. */
  static percentOf(percent: Fraction | number, amount: Fraction | bigint | number): Fraction {
    return asFraction(percent).mul(amount).div(100);
  }

  add(other: Fraction | bigint | number): Fraction {
    const o = asFraction(other);
    return Fraction.of(
      this.numerator * o.denominator + o.numerator * this.denominator,
      this.denominator * o.denominator,
    );
  }

  sub(other: Fraction | bigint | number): Fraction {
    const o = asFraction(other);
    return this.add(Fraction.of(-o.numerator, o.denominator));
  }

  mul(other: Fraction | bigint | number): Fraction {
    const o = asFraction(other);
    return Fraction.of(this.numerator * o.numerator, this.denominator * o.denominator);
  }

  div(other: Fraction | bigint | number): Fraction {
    const o = asFraction(other);
    if (o.numerator === 0n) throw new RangeError('Fraction: division by zero');
    return Fraction.of(this.numerator * o.denominator, this.denominator * o.numerator);
  }

  compare(other: Fraction | bigint | number): -1 | 0 | 1 {
    const o = asFraction(other);
    const left = this.numerator * o.denominator;
    const right = o.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  /** Largest integer not above the value (also for negative values, unlike bigint division). */
  floor(): bigint {
    const quotient = this.numerator / this.denominator;
    return this.numerator < 0n && quotient * this.denominator !== this.numerator
      ? quotient - 1n
      : quotient;
  }

  /** The value minus its floor, in [0, 1). */
  fractionalPart(): Fraction {
    return this.sub(this.floor());
  }

  /**
   * R(x) of art. 4 c.2 L. 68/1999: "le frazioni percentuali superiori allo 0,50 sono considerate
   * unità". The integer part goes up by one only when the fractional part is strictly above 1/2,
   * so 10,50 stays 10 and 10,51 becomes 11.
   */
  legalRound(): bigint {
    const whole = this.floor();
    return this.fractionalPart().compare(Fraction.HALF) > 0 ? whole + 1n : whole;
  }

  /** Ordinary rounding to the nearest unit, exactly one half going up (for policies that ask it). */
  roundHalfUp(): bigint {
    const whole = this.floor();
    return this.fractionalPart().compare(Fraction.HALF) >= 0 ? whole + 1n : whole;
  }

  static min(a: Fraction, b: Fraction): Fraction {
    return a.compare(b) <= 0 ? a : b;
  }

  static max(a: Fraction, b: Fraction): Fraction {
    return a.compare(b) >= 0 ? a : b;
  }

  static sum(values: readonly Fraction[]): Fraction {
    return values.reduce((total, value) => total.add(value), Fraction.ZERO);
  }

  toString(): string {
    return this.isInteger() ? `${this.numerator}` : `${this.numerator}/${this.denominator}`;
  }
}

/** R(x): the legal rounding of art. 4 c.2, see {@link Fraction.legalRound}. */
export function legalRound(value: Fraction): bigint {
  return value.legalRound();
}

function asFraction(value: Fraction | bigint | number): Fraction {
  if (value instanceof Fraction) return value;
  return typeof value === 'bigint' ? Fraction.of(value) : Fraction.fromDecimal(value);
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value))
    throw new RangeError(`Fraction: ${value} is not a safe integer`);
  return BigInt(value);
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
