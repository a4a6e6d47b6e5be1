/* Test-only stand-in for bcryptprimitives.dll, used by `make check-dist` under Wine and never
 * shipped: Go >= 1.24 programs take their random bytes from bcryptprimitives.dll!ProcessPrng,
 * which Debian's Wine 8 does not export, so they die at start. This DLL gives ProcessPrng from
 * advapi32's SystemFunction036 (RtlGenRandom), which Wine has.
 * Build: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll processprng.c -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
	while (size > 0) { /* RtlGenRandom takes a ULONG length; ProcessPrng a SIZE_T one */
		ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
		if (!SystemFunction036(data, n)) return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
