from difftest import cases


# Was a bug: default values of a nested def are hoisted into one function-level temp ($3 = i) shared by every
# function created in the loop: all closures see the last default. Python: [0, 1, 4]; JS: [4, 4, 4]
@cases((3,),)
def loop_closure_list(n):
    fs = []
    for i in range(n):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]
