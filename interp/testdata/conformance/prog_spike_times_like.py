tau = 10.0
v = 0.0
dt = 0.1
spikes = []
for step in range(500):
    v += dt * (1.2 - v) / tau
    if v > 1.0:
        spikes.append(round(step * dt, 1))
        v = 0.0
print(len(spikes), spikes)
