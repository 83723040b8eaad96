graph = {}
edges = [('a', 'b'), ('a', 'c'), ('b', 'c')]
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, [])
print(graph)
def dfs(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
print(dfs('a'))
