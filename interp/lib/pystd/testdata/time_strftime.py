import time
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
for f in ["%Y-%m-%dT%H:%M:%S", "%d/%m/%y", "%A %B %j", "%I:%M %p", "%H%%", "%a, %d %b %Y"]:
    print(time.strftime(f, t))
print(time.strftime("%Y", (2020, 1, 2, 3, 4, 5, 0, 2, 0)), tuple(time.gmtime(0))[:6])
