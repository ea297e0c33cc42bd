import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '@/lib/query-client'
import { ViewerSettingsProvider } from '@/lib/viewer-settings'
import { createAppRouter } from './router'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(createAppRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <ViewerSettingsProvider>
        <RouterProvider router={router} />
      </ViewerSettingsProvider>
    </QueryClientProvider>
  )
}
