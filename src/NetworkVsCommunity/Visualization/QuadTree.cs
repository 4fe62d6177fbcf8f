namespace NetworkVsCommunity.Visualization;

/// <summary>
/// A Barnes–Hut quadtree over node positions, rebuilt every layout iteration, that sums the repulsive forces k²/d in
/// O(log n) per node. Arrays only; no allocation after the first build (beyond growth).
/// </summary>
/// <remarks>
/// J. Barnes and P. Hut, "A hierarchical O(N log N) force-calculation algorithm", Nature 324:446–449, 1986,
/// doi:10.1038/324446a0. A cell whose side s and centre-of-mass distance d satisfy s/d &lt; θ acts as one body of its
/// node count; cells that contain the node itself are always opened, so a node never repels itself. Below 40 levels
/// (coincident nodes) points share a bucket leaf.
/// </remarks>
internal sealed class QuadTree
{
    private const int MaxDepth = 40;
    private int[] _child;
    private int[] _body;
    private int[] _count;
    private double[] _sumX;
    private double[] _sumY;
    private double[] _cx;
    private double[] _cy;
    private double[] _half;
    private readonly int[] _stack = new int[4 * MaxDepth + 8];
    private int _used;

    public QuadTree(int nodeCount)
    {
        int capacity = Math.Max(16, 4 * nodeCount + 8);
        _child = new int[capacity];
        _body = new int[capacity];
        _count = new int[capacity];
        _sumX = new double[capacity];
        _sumY = new double[capacity];
        _cx = new double[capacity];
        _cy = new double[capacity];
        _half = new double[capacity];
    }

    public void Build(double[] x, double[] y)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int v = 0; v < x.Length; v++)
        {
            minX = Math.Min(minX, x[v]);
            maxX = Math.Max(maxX, x[v]);
            minY = Math.Min(minY, y[v]);
            maxY = Math.Max(maxY, y[v]);
        }
        _used = 0;
        int root = NewCell((minX + maxX) / 2, (minY + maxY) / 2, Math.Max(maxX - minX, maxY - minY) / 2 + 1e-9);
        for (int v = 0; v < x.Length; v++)
        {
            Insert(root, v, x[v], y[v], x, y);
        }
    }

    /// <summary>The total repulsive displacement on node <paramref name="v"/> at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Repulsion(int v, double x, double y, double k2, double minDistance, double theta, out double fx, out double fy)
    {
        fx = 0;
        fy = 0;
        double theta2 = theta * theta;
        double min2 = minDistance * minDistance;
        int top = 0;
        _stack[top++] = 0;
        while (top > 0)
        {
            int c = _stack[--top];
            int count = _count[c];
            if (count == 0)
            {
                continue;
            }
            bool contains = Math.Abs(x - _cx[c]) <= _half[c] && Math.Abs(y - _cy[c]) <= _half[c];
            if (_child[c] < 0)
            {
                int u = _body[c];
                if (count == 1 && u == v)
                {
                    continue;
                }
                int mass = count - (contains && count > 1 ? 1 : 0);
                double ddx = x - _sumX[c] / count;
                double ddy = y - _sumY[c] / count;
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < min2)
                {
                    // Coincident nodes: push apart along a direction fixed by the node index (deterministic).
                    double angle = v * 2.399963229728653;
                    ddx = Math.Cos(angle) * minDistance;
                    ddy = Math.Sin(angle) * minDistance;
                    d2 = min2;
                }
                double f = k2 * mass / d2;
                fx += ddx * f;
                fy += ddy * f;
                continue;
            }
            if (!contains)
            {
                double ddx = x - _sumX[c] / count;
                double ddy = y - _sumY[c] / count;
                double d2 = ddx * ddx + ddy * ddy;
                double side = 2 * _half[c];
                if (side * side < theta2 * d2)
                {
                    double f = k2 * count / d2;
                    fx += ddx * f;
                    fy += ddy * f;
                    continue;
                }
            }
            int first = _child[c];
            _stack[top++] = first;
            _stack[top++] = first + 1;
            _stack[top++] = first + 2;
            _stack[top++] = first + 3;
        }
    }

    private void Insert(int cell, int v, double px, double py, double[] x, double[] y)
    {
        int depth = 0;
        while (true)
        {
            _count[cell]++;
            _sumX[cell] += px;
            _sumY[cell] += py;
            if (_child[cell] >= 0)
            {
                cell = _child[cell] + Quadrant(cell, px, py);
                depth++;
                continue;
            }
            if (_count[cell] == 1)
            {
                _body[cell] = v;
                return;
            }
            if (depth >= MaxDepth)
            {
                return; // bucket leaf: the first body stays recorded, the count and sums include all
            }
            // split: move the resident body into its child, then continue with v
            int w = _body[cell];
            double h = _half[cell] / 2;
            EnsureCapacity(4);
            int first = _used;
            NewCell(_cx[cell] - h, _cy[cell] - h, h);
            NewCell(_cx[cell] + h, _cy[cell] - h, h);
            NewCell(_cx[cell] - h, _cy[cell] + h, h);
            NewCell(_cx[cell] + h, _cy[cell] + h, h);
            _child[cell] = first;
            _body[cell] = -1;
            int wc = first + Quadrant(cell, x[w], y[w]);
            _count[wc] = 1;
            _sumX[wc] = x[w];
            _sumY[wc] = y[w];
            _body[wc] = w;
            cell = first + Quadrant(cell, px, py);
            depth++;
        }
    }

    private int Quadrant(int cell, double px, double py) => (px >= _cx[cell] ? 1 : 0) + (py >= _cy[cell] ? 2 : 0);

    private int NewCell(double cx, double cy, double half)
    {
        EnsureCapacity(1);
        int c = _used++;
        _child[c] = -1;
        _body[c] = -1;
        _count[c] = 0;
        _sumX[c] = 0;
        _sumY[c] = 0;
        _cx[c] = cx;
        _cy[c] = cy;
        _half[c] = half;
        return c;
    }

    private void EnsureCapacity(int extra)
    {
        if (_used + extra <= _child.Length)
        {
            return;
        }
        int capacity = Math.Max(_used + extra, _child.Length * 2);
        Array.Resize(ref _child, capacity);
        Array.Resize(ref _body, capacity);
        Array.Resize(ref _count, capacity);
        Array.Resize(ref _sumX, capacity);
        Array.Resize(ref _sumY, capacity);
        Array.Resize(ref _cx, capacity);
        Array.Resize(ref _cy, capacity);
        Array.Resize(ref _half, capacity);
    }
}
