"""Fitting linear heads: multinomial logistic regression with L2, in numpy + scipy.

scipy is a runtime dependency of the project, so ``alongside tutor train`` needs nothing extra
(no scikit-learn). The optimiser is L-BFGS (``lbfgs``) on the full batch; the same data give the same weights.
Classes are balanced by weight (tempered by ``balance``: 0 = none, 1 = fully balanced).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from alongside.tutor.service.coding import Head
from alongside.tutor.service.features import HASH_BITS, Features

__all__ = ["class_weights", "fit_head", "lbfgs", "matrix"]


def matrix(rows: list[Features]) -> Any:
    """A CSR matrix (rows × 2**HASH_BITS) of feature rows; duplicate indices are summed."""
    from scipy import sparse

    sizes = [len(r.indices) for r in rows]
    idx = np.fromiter((i for r in rows for i in r.indices), dtype=np.int64, count=sum(sizes))
    val = np.fromiter((v for r in rows for v in r.values), dtype=np.float64, count=sum(sizes))
    owner = np.repeat(np.arange(len(rows)), sizes)
    m = sparse.csr_matrix((val, (owner, idx)), shape=(len(rows), 1 << HASH_BITS))
    m.sum_duplicates()
    return m


def class_weights(labels: list[str], classes: list[str], balance: float) -> np.ndarray:
    counts = {c: max(1, labels.count(c)) for c in classes}
    n, k = len(labels), len(classes)
    return np.array([(n / (k * counts[y])) ** balance for y in labels])


def _loss_and_grad(params, x, y_onehot, weights, l2):
    n_features, n_classes = x.shape[1], y_onehot.shape[1]
    w = params[: n_features * n_classes].reshape(n_features, n_classes)
    b = params[n_features * n_classes :]
    scores = x @ w + b
    scores -= scores.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(scores).sum(axis=1, keepdims=True))
    log_p = scores - log_norm
    loss = -(weights * (y_onehot * log_p).sum(axis=1)).sum() + 0.5 * l2 * (w * w).sum()
    diff = (np.exp(log_p) - y_onehot) * weights[:, None]
    grad_w = x.T @ diff + l2 * w
    return loss, np.concatenate([np.asarray(grad_w).ravel(), diff.sum(axis=0)])


def lbfgs(fun, start: np.ndarray, *, max_iter: int = 200, memory: int = 10, tol: float = 1e-4) -> np.ndarray:
    """Minimise a smooth convex ``fun`` (returning value and gradient) by L-BFGS with a
    backtracking (Armijo) line search. scipy's L-BFGS-B spends ~0.1 s per step on bound
    bookkeeping for half a million variables; this loop spends milliseconds."""
    x = start.copy()
    value, grad = fun(x)
    s_list: list[np.ndarray] = []
    y_list: list[np.ndarray] = []
    for _ in range(max_iter):
        direction = -_two_loop(grad, s_list, y_list)
        slope = float(grad @ direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            s_list.clear(), y_list.clear()
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0 if s_list else 1.0 / max(1.0, float(np.linalg.norm(grad)))
        while True:
            new_x = x + step * direction
            new_value, new_grad = fun(new_x)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s_vec, y_vec = new_x - x, new_grad - grad
        if float(s_vec @ y_vec) > 1e-10:
            s_list.append(s_vec), y_list.append(y_vec)
            if len(s_list) > memory:
                s_list.pop(0), y_list.pop(0)
        done = abs(value - new_value) <= tol * max(1.0, abs(value))
        x, value, grad = new_x, new_value, new_grad
        if done:
            break
    return x


def _two_loop(grad: np.ndarray, s_list: list[np.ndarray], y_list: list[np.ndarray]) -> np.ndarray:
    q = grad.copy()
    alphas = []
    for s_vec, y_vec in zip(reversed(s_list), reversed(y_list), strict=True):
        alpha = float(s_vec @ q) / float(y_vec @ s_vec)
        alphas.append(alpha)
        q -= alpha * y_vec
    if s_list:
        q *= float(s_list[-1] @ y_list[-1]) / float(y_list[-1] @ y_list[-1])
    for (s_vec, y_vec), alpha in zip(zip(s_list, y_list, strict=True), reversed(alphas), strict=True):
        beta = float(y_vec @ q) / float(y_vec @ s_vec)
        q += (alpha - beta) * s_vec
    return q


def fit_head(
    rows: list[Features],
    labels: list[str],
    classes: list[str],
    *,
    sample_weight: list[float] | None = None,
    l2: float = 1.0,
    balance: float = 0.5,
    max_iter: int = 300,
) -> Head:
    """A fitted ``Head``: minimises weighted cross-entropy + l2/2 · |W|² by L-BFGS."""
    x = matrix(rows)
    used = np.unique(x.indices)  # optimise only the buckets that occur: much smaller problem
    x_used = x[:, used].tocsr()
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [classes.index(c) for c in labels]] = 1.0
    weights = class_weights(labels, classes, balance)
    if sample_weight is not None:
        weights = weights * np.asarray(sample_weight, dtype=np.float64)
    start = np.zeros(len(used) * len(classes) + len(classes))
    solution = lbfgs(lambda p: _loss_and_grad(p, x_used, y, weights, l2), start, max_iter=max_iter)
    k = len(classes)
    full = np.zeros((1 << HASH_BITS, k), dtype=np.float32)
    full[used] = solution[: len(used) * k].reshape(len(used), k)
    return Head(full, solution[len(used) * k :], classes)
