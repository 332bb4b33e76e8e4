import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/domain/errors';

/** For pages: the data, or the 404 page when the data layer says it does not exist. */
export async function orNotFoundPage<T>(data: Promise<T>): Promise<T> {
  try {
    return await data;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
