import { ApiProperty } from '@nestjs/swagger';
import { REFRESH_TOKEN_PATTERN } from '#libs/accounts';
import { IsString, Matches } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({ description: 'Il refresh token ricevuto dall’ultimo login o rinnovo (monouso)' })
  @IsString()
  @Matches(REFRESH_TOKEN_PATTERN, { message: 'non è un refresh token' })
  refreshToken: string;
}
