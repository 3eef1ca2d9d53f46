import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(MunicipalityEntity)
    private readonly repository: Repository<MunicipalityEntity>,
  ) {}

  findByCode(istatCode: string): Promise<MunicipalityEntity | null> {
    return this.repository.findOneBy({ istatCode });
  }

  async findByCodes(codes: string[]): Promise<Map<string, MunicipalityEntity>> {
    const found = codes.length
      ? await this.repository.findBy({ istatCode: In([...new Set(codes)]) })
      : [];
    return new Map(found.map((m) => [m.istatCode, m]));
  }

  /** The whole gazetteer, codes and names only (an import places thousands of addresses on it). */
  all(): Promise<Array<Pick<MunicipalityEntity, 'istatCode' | 'name' | 'provinceCode'>>> {
    return this.repository.find({ select: { istatCode: true, name: true, provinceCode: true } });
  }

  /** Municipalities whose name starts with the text, accent- and case-insensitive (for pickers). */
  suggest(text: string, limit = 10): Promise<MunicipalityEntity[]> {
    return this.repository
      .createQueryBuilder('m')
      .where('public.unaccent(lower(m.name)) LIKE public.unaccent(lower(:prefix))', {
        prefix: `${text.replace(/[%_\\]/g, '\\$&')}%`,
      })
      .orderBy('m.population', 'DESC', 'NULLS LAST')
      .limit(limit)
      .getMany();
  }
}
