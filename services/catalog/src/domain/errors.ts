import { AppError, ConflictError, NotFoundError, ValidationError } from '@shop/errors/errors';

export class ProductNotFoundError extends NotFoundError {
  constructor() {
    super('Product');
  }
}

export class CategoryNotFoundError extends NotFoundError {
  constructor() {
    super('Category');
  }
}

export class DuplicateProductError extends ConflictError {
  constructor(field: 'sku' | 'slug') {
    super(`Another product already has this ${field}.`, { field });
  }
}

export class DuplicateCategoryError extends ConflictError {
  constructor() {
    super('Another category already has this slug.', { field: 'slug' });
  }
}

export class CategoryInUseError extends AppError {
  constructor(products: number, children: number) {
    super(
      'CONFLICT',
      children > 0
        ? `The category has ${children} subcategories; move or delete them first.`
        : `${products} products are in this category; move them first.`,
      { extensions: { products, subcategories: children } },
    );
  }
}

export class UnknownCategoryError extends ValidationError {
  constructor(path: string) {
    super('The category does not exist.', [{ path, message: 'does not name an existing category' }]);
  }
}

export class CategoryCycleError extends ValidationError {
  constructor() {
    super('A category cannot be placed under itself or one of its subcategories.', [
      { path: '/parentId', message: 'would create a cycle' },
    ]);
  }
}
