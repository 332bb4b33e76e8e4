import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AppError } from '@/lib/domain/errors';

/** For pages: the data, or the 404 or 403 page when the data layer says it does not exist or is not the viewer's. */
export async function orErrorPage<T>(data: Promise<T>): Promise<T> {
  try {
    return await data;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  }
}
